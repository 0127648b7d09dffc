import { describe, expect, it } from 'vitest'

import { liquidateDebt, moratoriumInterest, type RatePeriod } from '@/rules/cases/interest'
import { applyPayment } from '@/rules/cases/paymentApplication'
import { RuleViolation } from '@/rules/ruleViolation'

const rates: RatePeriod[] = [
  { from: '2025-01-01', to: '2026-01-31', annualRatePercent: '25' },
  { from: '2026-02-01', to: '2026-12-31', annualRatePercent: '26.76' },
]

describe('moratoriumInterest', () => {
  it('R-INT-01 counts each month or fraction at the rate in force when that month starts', () => {
    const result = moratoriumInterest({ capital: 1_000_000, dueDate: '2026-01-15', cutOffDate: '2026-03-20', rates })
    expect(result.months).toEqual([
      { from: '2026-01-15', to: '2026-02-15', annualRatePercent: '25' },
      { from: '2026-02-15', to: '2026-03-15', annualRatePercent: '26.76' },
      { from: '2026-03-15', to: '2026-03-20', annualRatePercent: '26.76' },
    ])
    // 1.000.000 × (25 + 26,76 + 26,76) % / 12 = 65.433,33 → 65.433
    expect(result.interest).toBe(65_433)
  })

  it('R-INT-01 walks month ends from the original due date (31 Jan → 28 Feb → 31 Mar)', () => {
    const result = moratoriumInterest({ capital: 1_200_000, dueDate: '2026-01-31', cutOffDate: '2026-03-31', rates })
    expect(result.months.map((m) => m.to)).toEqual(['2026-02-28', '2026-03-31'])
    // 1.200.000 × 25 % / 12 + 1.200.000 × 26,76 % / 12 = 25.000 + 26.760
    expect(result.interest).toBe(51_760)
  })

  it('R-INT-01 owes nothing on or before the due date', () => {
    expect(moratoriumInterest({ capital: 5_000_000, dueDate: '2026-05-04', cutOffDate: '2026-05-04', rates }).interest).toBe(0)
    expect(moratoriumInterest({ capital: 5_000_000, dueDate: '2026-05-04', cutOffDate: '2026-04-30', rates }).interest).toBe(0)
  })

  it('R-INT-01 rounds to the peso once, half up, with no floating drift', () => {
    // 24 × 25 % / 12 = 0,5 → 1
    expect(moratoriumInterest({ capital: 24, dueDate: '2026-01-10', cutOffDate: '2026-01-11', rates }).interest).toBe(1)
    // Eleven months at 26,76 % on 3: the exact sum is 0,7359, one rounding gives 1 (rounding each month would give 0).
    expect(moratoriumInterest({ capital: 3, dueDate: '2026-02-01', cutOffDate: '2026-12-31', rates }).interest).toBe(1)
    // A large capital stays exact: 987.654.321 × 26,76 % / 12 = 22.024.691,3583 → 22.024.691
    expect(moratoriumInterest({ capital: 987_654_321, dueDate: '2026-03-01', cutOffDate: '2026-04-01', rates }).interest).toBe(22_024_691)
  })

  it('R-INT-01 never capitalises: month after month interest is on the capital only', () => {
    const one = moratoriumInterest({ capital: 1_000_000, dueDate: '2026-02-01', cutOffDate: '2026-03-01', rates }).interest
    const ten = moratoriumInterest({ capital: 1_000_000, dueDate: '2026-02-01', cutOffDate: '2026-12-01', rates }).interest
    expect(ten).toBe(one * 10)
  })

  it('R-INT-01 refuses a month with no rate in the table', () => {
    expect(() => moratoriumInterest({ capital: 1_000, dueDate: '2026-12-15', cutOffDate: '2027-01-20', rates })).toThrow(
      expect.objectContaining({ ruleId: 'R-INT-01' }),
    )
  })

  it('R-INT-01 liquidates several debt lines from each own due date', () => {
    const debt = liquidateDebt({
      lines: [
        { capital: 1_000_000, dueDate: '2026-01-15' },
        { capital: 500_000, dueDate: '2026-02-15' },
      ],
      cutOffDate: '2026-03-20',
      rates,
    })
    expect(debt).toEqual({ capital: 1_500_000, interest: 65_433 + 22_300, total: 1_587_733 })
  })
})

describe('applyPayment', () => {
  it('R-INT-02 applies a payment to costs, then interest, then capital', () => {
    expect(applyPayment({ costs: 50_000, interest: 120_000, capital: 2_000_000 }, 300_000)).toEqual({
      toCosts: 50_000,
      toInterest: 120_000,
      toCapital: 130_000,
      surplus: 0,
      balance: { costs: 0, interest: 0, capital: 1_870_000 },
    })
  })

  it('R-INT-02 a small payment never reaches capital while interest is owed', () => {
    const result = applyPayment({ costs: 0, interest: 120_000, capital: 2_000_000 }, 100_000)
    expect(result.toCapital).toBe(0)
    expect(result.balance).toEqual({ costs: 0, interest: 20_000, capital: 2_000_000 })
  })

  it('R-INT-02 keeps what exceeds the debt as surplus and refuses centavos', () => {
    expect(applyPayment({ costs: 0, interest: 10, capital: 90 }, 150).surplus).toBe(50)
    expect(() => applyPayment({ costs: 0, interest: 10, capital: 90 }, 10.5)).toThrow(RuleViolation)
  })
})
