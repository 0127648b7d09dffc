import { describe, expect, it } from 'vitest'

import { decideRequestReplay, idempotencyClaimOf } from '@/rules/requests/requestIdempotency'
import { violationOf } from '../helpers/violationOf'

describe('R-REQ-06 a request is filed once per Idempotency-Key', () => {
  const body = { kind: 1, subtype: 'REACTIVACION_POLIZA', clave: '70001', comments: [{ text: 'hola' }] }

  it('R-REQ-06 the key belongs to its user; the same body in another key order has the same fingerprint', () => {
    const claim = idempotencyClaimOf(7, 'clave-0001', body)
    expect(claim.key).toBe('7:clave-0001')
    expect(idempotencyClaimOf(8, 'clave-0001', body).key).toBe('8:clave-0001')
    const reordered = { comments: [{ text: 'hola' }], clave: '70001', subtype: 'REACTIVACION_POLIZA', kind: 1 }
    expect(idempotencyClaimOf(7, 'clave-0001', reordered).fingerprint).toBe(claim.fingerprint)
  })

  it('R-REQ-06 a retry with the same body replays; another body with the same key is a 409', () => {
    const claim = idempotencyClaimOf(7, 'clave-0001', body)
    expect(decideRequestReplay({ fingerprint: claim.fingerprint }, claim)).toBe('replay')
    const other = idempotencyClaimOf(7, 'clave-0001', { ...body, clave: '70002' })
    const v = violationOf(() => decideRequestReplay({ fingerprint: claim.fingerprint }, other))
    expect(v).toMatchObject({ ruleId: 'R-REQ-06', status: 409 })
    expect(v.message).toMatch(/otros datos/)
  })
})
