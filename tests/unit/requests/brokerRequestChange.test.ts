import { describe, expect, it } from 'vitest'

import { assertBrokerRequestChange } from '@/rules/requests/brokerRequestChange'
import { violationOf } from '../helpers/violationOf'

const original = {
  status: 'DEVUELTO' as const,
  clave: '70001',
  policyNumber: '123',
  comments: [{ id: 'c1', text: 'primero' }],
  attachments: [5],
}

describe('R-REQ-07 what a broker may change on its request', () => {
  it('R-REQ-07 resubmits a returned request with a new comment', () => {
    expect(
      assertBrokerRequestChange({
        original,
        incoming: { status: 'RADICADO', comments: [{ id: 'c1', text: 'primero' }, { text: 'corregido' }] },
      }),
    ).toEqual({ addedComments: 1, addedAttachments: 0 })
  })

  it('R-REQ-07 resubmits with a new document', () => {
    expect(assertBrokerRequestChange({ original, incoming: { status: 'RADICADO', attachments: [5, 9] } }).addedAttachments).toBe(1)
  })

  it('R-REQ-07 refuses resubmitting with nothing new, and changing other fields', () => {
    expect(violationOf(() => assertBrokerRequestChange({ original, incoming: { status: 'RADICADO' } })).ruleId).toBe('R-REQ-07')
    const v = violationOf(() => assertBrokerRequestChange({ original, incoming: { policyNumber: '999', clave: '70001' } }))
    expect(v.status).toBe(403)
    expect(v.message).toMatch(/no puede cambiar: policyNumber/)
  })

  it('R-REQ-07 refuses a broker closing its own request', () => {
    const v = violationOf(() =>
      assertBrokerRequestChange({ original: { ...original, status: 'RADICADO' }, incoming: { status: 'FINALIZADO', comments: [{ id: 'c1' }, { text: 'x' }] } }),
    )
    expect(v.ruleId).toBe('R-REQ-07')
    expect(v.status).toBe(403)
  })

  it('R-REQ-05 refuses editing or dropping an existing comment', () => {
    expect(violationOf(() => assertBrokerRequestChange({ original, incoming: { comments: [{ text: 'nuevo' }] } })).ruleId).toBe('R-REQ-05')
    expect(
      violationOf(() => assertBrokerRequestChange({ original, incoming: { comments: [{ id: 'c1', text: 'cambiado' }] } })).ruleId,
    ).toBe('R-REQ-05')
  })

  it('R-REQ-04 refuses removing an attached document', () => {
    expect(violationOf(() => assertBrokerRequestChange({ original, incoming: { attachments: [9] } })).ruleId).toBe('R-REQ-04')
  })

  it('R-REQ-07 a closed request takes no more comments', () => {
    const v = violationOf(() =>
      assertBrokerRequestChange({ original: { ...original, status: 'FINALIZADO' }, incoming: { comments: [{ id: 'c1' }, { text: 'otro' }] } }),
    )
    expect(v.status).toBe(409)
  })
})
