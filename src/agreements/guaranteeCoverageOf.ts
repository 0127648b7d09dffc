import type { Agreement } from '@/payload-types'
import type { RatePeriod } from '@/rules/cases/interest'
import { rateOn } from '@/rules/cases/interest'
import type { CoverageInput } from '@/rules/guarantees/coverage'

/**
 * R-GAR-02's input for an agreement: its capital, the interest already liquidated, the costs, the
 * interest projected over `termMonths` from `startDate` at the rate in force that day (R-INT-01's
 * table), and the value of each guarantee backing it.
 */
export const coverageInputOf = (
  a: Partial<Agreement>,
  input: { startDate: string; termMonths: number; rates: RatePeriod[]; guarantees: readonly { value?: number | null }[] },
): CoverageInput => ({
  principal: a.capital ?? 0,
  accruedInterest: a.interest ?? 0,
  costs: a.costs ?? 0,
  annualRatePercent: rateOn(input.startDate, input.rates).annualRatePercent,
  startDate: input.startDate,
  termMonths: input.termMonths,
  guaranteeValues: input.guarantees.map((g) => g.value ?? 0),
})
