import { describe, expect, it } from 'vitest'

import { assertSubtypeOfKind, DEFAULT_REQUEST_KINDS, requestTitle } from '@/rules/requests/requestKinds'
import { violationOf } from '../helpers/violationOf'

const recaudo = DEFAULT_REQUEST_KINDS.find((k) => k.code === 'RECAUDO')!

describe('R-REQ-01 request kinds', () => {
  it('R-REQ-01 seeds the kinds and subtypes of the portal manual', () => {
    const names = Object.fromEntries(DEFAULT_REQUEST_KINDS.map((k) => [k.name, (k.subtypes ?? []).map((s) => s.name)]))
    expect(names).toEqual({
      Recaudo: ['Reactivación de póliza', 'Duplicado de recibo', 'Legalización de pagos'],
      Cartera: ['Devolución de primas'],
      Comisiones: ['Actualización de cuenta bancaria', 'Cambio de régimen', 'Error en la planilla', 'Planilla PILA', 'Solicitud de ajuste'],
    })
  })

  it('R-REQ-01 accepts a subtype of its kind and names the request after both', () => {
    const subtype = assertSubtypeOfKind(recaudo, 'REACTIVACION_POLIZA')
    expect(subtype.needsClient).toBe(true)
    expect(requestTitle(recaudo, subtype)).toBe('Recaudo · Reactivación de póliza')
  })

  it('R-REQ-01 refuses a subtype of another kind, a missing subtype and a missing kind', () => {
    const other = violationOf(() => assertSubtypeOfKind(recaudo, 'DEVOLUCION_PRIMAS'))
    expect(other.ruleId).toBe('R-REQ-01')
    expect(other.message).toMatch(/no pertenece a Recaudo/)
    expect(violationOf(() => assertSubtypeOfKind(recaudo, '')).message).toMatch(/Elija el subtipo/)
    expect(violationOf(() => assertSubtypeOfKind(null, 'X')).message).toMatch(/no existe/)
  })

  it('R-REQ-01 refuses an inactive kind or subtype an administrator switched off', () => {
    expect(violationOf(() => assertSubtypeOfKind({ ...recaudo, active: false }, 'REACTIVACION_POLIZA')).message).toMatch(
      /no está disponible/,
    )
    const withInactive = {
      ...recaudo,
      subtypes: recaudo.subtypes!.map((s) => (s.code === 'DUPLICADO_RECIBO' ? { ...s, active: false } : s)),
    }
    expect(violationOf(() => assertSubtypeOfKind(withInactive, 'DUPLICADO_RECIBO')).ruleId).toBe('R-REQ-01')
  })

  it('R-REQ-01 takes a subtype an administrator added', () => {
    const extended = { ...recaudo, subtypes: [...recaudo.subtypes!, { code: 'NUEVO', name: 'Nuevo subtipo' }] }
    expect(assertSubtypeOfKind(extended, 'NUEVO').name).toBe('Nuevo subtipo')
  })
})
