import { describe, expect, it } from 'vitest'

import { assertBatchConfirmable, assertBatchEditable } from '@/rules/assignment/confirmBatch'
import { debtAgeDays, proposeAssignments, qualifies, type AssignmentRules, type UnassignedDebt } from '@/rules/assignment/proposeAssignments'
import { violationOf } from '../helpers/violationOf'

const AS_OF = '2026-12-01'
const rules: AssignmentRules = { minAgeDays: 90, minValue: 1_000_000, branches: [], maxOpenDebtsPerFirm: 2, firms: [11, 12] }
const debt = (debtor: number, oldestDueDate: string, value: number, branch: number | null = 1): UnassignedDebt => ({ debtor, branch, value, oldestDueDate, openCases: 1 })
// 2026-09-02 is exactly 90 days before 2026-12-01; 2026-09-03 is 89.
const AT_MIN_AGE = '2026-09-02'
const ONE_DAY_YOUNGER = '2026-09-03'

describe('assignment to external firms (seed 001 §7.2.1 item 6, R-ASG-01…04)', () => {
  it('R-ASG-02 age is counted in calendar days from the oldest due date (0 on the due day)', () => {
    expect(debtAgeDays(AS_OF, AS_OF)).toBe(0)
    expect(debtAgeDays(AT_MIN_AGE, AS_OF)).toBe(90)
    expect(debtAgeDays(ONE_DAY_YOUNGER, AS_OF)).toBe(89)
  })

  it('R-ASG-02 a debt exactly at the minimum age and value qualifies; one day younger or one peso less does not', () => {
    expect(qualifies(rules, debt(1, AT_MIN_AGE, 1_000_000), AS_OF)).toBe(true)
    expect(qualifies(rules, debt(1, ONE_DAY_YOUNGER, 1_000_000), AS_OF)).toBe(false)
    expect(qualifies(rules, debt(1, AT_MIN_AGE, 999_999), AS_OF)).toBe(false)
  })

  it('R-ASG-02 only debts of the listed branches qualify; no branch listed means every branch', () => {
    const some = { ...rules, branches: [2] }
    expect(qualifies(some, debt(1, AT_MIN_AGE, 2_000_000, 1), AS_OF)).toBe(false)
    expect(qualifies(some, debt(1, AT_MIN_AGE, 2_000_000, 2), AS_OF)).toBe(true)
    expect(qualifies(some, debt(1, AT_MIN_AGE, 2_000_000, null), AS_OF)).toBe(false)
    expect(qualifies(rules, debt(1, AT_MIN_AGE, 2_000_000, 7), AS_OF)).toBe(true)
  })

  it('R-ASG-03 oldest first, then largest, each to the firm with the fewest open debts (ties to the first listed)', () => {
    const { rows } = proposeAssignments({
      rules: { ...rules, maxOpenDebtsPerFirm: 10 },
      debts: [debt(1, '2026-08-01', 2_000_000), debt(2, '2026-06-01', 1_500_000), debt(3, '2026-08-01', 5_000_000)],
      loads: new Map([['11', 1]]),
      asOf: AS_OF,
    })
    expect(rows.map((r) => r.debtor)).toEqual([2, 3, 1])
    // Firm 12 starts empty, firm 11 with one: 12, then a tie (1–1) goes to 11, then 12.
    expect(rows.map((r) => r.firm)).toEqual([12, 11, 12])
    expect(rows[0]!.ageDays).toBe(183)
  })

  it('R-ASG-03 a firm at its cap receives nothing; when every firm is at its cap the debt is left out with the reason', () => {
    const { rows, leftOut } = proposeAssignments({
      rules,
      debts: [debt(1, '2026-01-01', 2_000_000), debt(2, '2026-02-01', 2_000_000), debt(3, '2026-03-01', 2_000_000)],
      loads: new Map([['11', 2], ['12', 0]]),
      asOf: AS_OF,
    })
    expect(rows.map((r) => [r.debtor, r.firm])).toEqual([[1, 12], [2, 12]])
    expect(leftOut).toEqual([{ debtor: 3, reason: expect.stringContaining('carga máxima') }])
  })

  it('R-ASG-03 a firm one below its cap takes exactly one more', () => {
    const { rows } = proposeAssignments({
      rules: { ...rules, firms: [11] },
      debts: [debt(1, '2026-01-01', 2_000_000), debt(2, '2026-02-01', 2_000_000)],
      loads: new Map([['11', 1]]),
      asOf: AS_OF,
    })
    expect(rows.map((r) => r.debtor)).toEqual([1])
  })

  it('R-ASG-01 a batch needs an active firm and sensible limits', () => {
    const run = (r: Partial<AssignmentRules>) => () => proposeAssignments({ rules: { ...rules, ...r }, debts: [], loads: new Map(), asOf: AS_OF })
    expect(violationOf(run({ firms: [] })).ruleId).toBe('R-ASG-01')
    expect(violationOf(run({ maxOpenDebtsPerFirm: 0 })).ruleId).toBe('R-ASG-01')
    expect(violationOf(run({ minValue: 1.5 })).ruleId).toBe('R-ASG-01')
    expect(run({ minAgeDays: 0, minValue: 0, maxOpenDebtsPerFirm: 1 })).not.toThrow()
  })

  it('R-ASG-04 a batch is confirmed once, with a reason, every row with an active firm and each debtor once', () => {
    const rows = [{ debtor: 1, firm: 11 }, { debtor: 2, firm: 12 }]
    expect(() => assertBatchConfirmable({ status: 'PROPUESTA', rows }, [11, 12], 'Asignación de diciembre')).not.toThrow()
    expect(violationOf(() => assertBatchConfirmable({ status: 'CONFIRMADA', rows }, [11, 12], 'Asignación de diciembre')).status).toBe(409)
    expect(violationOf(() => assertBatchConfirmable({ status: 'PROPUESTA', rows }, [11, 12], 'ok')).path).toBe('reason')
    expect(violationOf(() => assertBatchConfirmable({ status: 'PROPUESTA', rows }, [11], 'Asignación de diciembre')).path).toBe('rows.1.firm')
    expect(violationOf(() => assertBatchConfirmable({ status: 'PROPUESTA', rows: [...rows, { debtor: 1, firm: 12 }] }, [11, 12], 'Asignación de diciembre')).path).toBe('rows.2.debtor')
    expect(violationOf(() => assertBatchConfirmable({ status: 'PROPUESTA', rows: [] }, [11], 'Asignación de diciembre')).ruleId).toBe('R-ASG-04')
    expect(() => assertBatchEditable('PROPUESTA')).not.toThrow()
    expect(violationOf(() => assertBatchEditable('CONFIRMADA')).ruleId).toBe('R-ASG-04')
  })
})
