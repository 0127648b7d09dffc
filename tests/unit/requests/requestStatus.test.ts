import { describe, expect, it } from 'vitest'

import { assertStatusTransition } from '@/rules/requests/requestStatus'
import { violationOf } from '../helpers/violationOf'

describe('R-REQ-07 status machine', () => {
  it.each(['DEVUELTO', 'ESCALADO', 'FINALIZADO', 'RECHAZADO'] as const)('R-REQ-07 staff move RADICADO to %s', (to) => {
    expect(assertStatusTransition({ from: 'RADICADO', to, actor: 'staff', addsDocumentOrComment: false })).toBe(to)
  })

  it('R-REQ-07 refuses a broker jumping RADICADO → FINALIZADO with 403', () => {
    const v = violationOf(() => assertStatusTransition({ from: 'RADICADO', to: 'FINALIZADO', actor: 'broker', addsDocumentOrComment: true }))
    expect(v.ruleId).toBe('R-REQ-07')
    expect(v.status).toBe(403)
  })

  it('R-REQ-07 lets only the broker resubmit a returned request, and only with a document or comment', () => {
    expect(assertStatusTransition({ from: 'DEVUELTO', to: 'RADICADO', actor: 'broker', addsDocumentOrComment: true })).toBe('RADICADO')
    expect(violationOf(() => assertStatusTransition({ from: 'DEVUELTO', to: 'RADICADO', actor: 'broker', addsDocumentOrComment: false })).message).toMatch(
      /agregue un documento o un comentario/,
    )
    expect(violationOf(() => assertStatusTransition({ from: 'DEVUELTO', to: 'RADICADO', actor: 'staff', addsDocumentOrComment: true })).status).toBe(403)
  })

  it('R-REQ-07 closed requests do not move, and unknown moves are refused', () => {
    expect(violationOf(() => assertStatusTransition({ from: 'FINALIZADO', to: 'RADICADO', actor: 'staff', addsDocumentOrComment: false })).status).toBe(409)
    expect(violationOf(() => assertStatusTransition({ from: 'DEVUELTO', to: 'FINALIZADO', actor: 'staff', addsDocumentOrComment: false })).message).toMatch(
      /no puede pasar a FINALIZADO/,
    )
    expect(violationOf(() => assertStatusTransition({ from: 'RADICADO', to: 'ABIERTO', actor: 'staff', addsDocumentOrComment: false })).message).toMatch(
      /no existe/,
    )
  })
})
