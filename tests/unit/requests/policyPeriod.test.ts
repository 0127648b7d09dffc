import { describe, expect, it } from 'vitest'

import { DEFAULT_REQUEST_KINDS } from '@/rules/requests/requestKinds'
import { assertPolicyPeriod } from '@/rules/requests/requestProduct'
import { violationOf } from '../helpers/violationOf'

const cover = { start: '2026-01-15T12:00:00.000Z', end: '2027-01-15T12:00:00.000Z' }

describe('R-REQ-03 the vigencia of a Cartera request', () => {
  it('R-REQ-03 the Cartera subtypes ask for it, the others do not', () => {
    const cartera = DEFAULT_REQUEST_KINDS.find((k) => k.code === 'CARTERA')!
    expect(cartera.subtypes!.every((s) => s.needsPolicyPeriod)).toBe(true)
    const others = DEFAULT_REQUEST_KINDS.filter((k) => k.code !== 'CARTERA').flatMap((k) => k.subtypes ?? [])
    expect(others.some((s) => s.needsPolicyPeriod)).toBe(false)
  })
  it('R-REQ-03 required: missing, or only one end, is refused on the field', () => {
    const missing = violationOf(() => assertPolicyPeriod({ period: {}, required: true }))
    expect([missing.ruleId, missing.path]).toEqual(['R-REQ-03', 'policyPeriodFrom'])
    expect(violationOf(() => assertPolicyPeriod({ period: { policyPeriodFrom: '2026-01-15' }, required: true })).path).toBe('policyPeriodTo')
    expect(violationOf(() => assertPolicyPeriod({ period: { policyPeriodTo: '2026-01-15' }, required: false })).path).toBe('policyPeriodFrom')
  })
  it('R-REQ-03 not asked and not given: nothing is stored', () => {
    expect(assertPolicyPeriod({ period: { policyPeriodFrom: null }, required: false })).toEqual({ policyPeriodFrom: null, policyPeriodTo: null })
  })
  it('R-REQ-03 the end must come after the start (the same day is refused)', () => {
    expect(violationOf(() => assertPolicyPeriod({ period: { policyPeriodFrom: '2026-03-01', policyPeriodTo: '2026-03-01' }, required: true })).message).toMatch(/posterior/)
    expect(assertPolicyPeriod({ period: { policyPeriodFrom: '2026-03-01', policyPeriodTo: '2026-03-02T12:00:00.000Z' }, required: true })).toEqual({
      policyPeriodFrom: '2026-03-01',
      policyPeriodTo: '2026-03-02',
    })
  })
  it("R-REQ-03 within the policy's cover: its exact bounds pass, a day outside is refused", () => {
    expect(assertPolicyPeriod({ period: { policyPeriodFrom: '2026-01-15', policyPeriodTo: '2027-01-15' }, required: true, cover }).policyPeriodTo).toBe('2027-01-15')
    const early = violationOf(() => assertPolicyPeriod({ period: { policyPeriodFrom: '2026-01-14', policyPeriodTo: '2026-06-01' }, required: true, cover }))
    expect(early.message).toMatch(/no está dentro de la de la póliza \(15\/01\/2026 – 15\/01\/2027\)/)
    expect(violationOf(() => assertPolicyPeriod({ period: { policyPeriodFrom: '2026-02-01', policyPeriodTo: '2027-01-16' }, required: true, cover })).ruleId).toBe('R-REQ-03')
  })
})
