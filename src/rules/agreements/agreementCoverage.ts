import { smmlvOn, type MinimumWage } from '@/rules/cases/coactiveEligibility'
import { rateOn, type RatePeriod } from '@/rules/cases/interest'
import { guaranteeCoverage, type Coverage } from '@/rules/guarantees/coverage'
import { guaranteeRequired } from '@/rules/guarantees/required'

/** Guarantees that back the agreement: offered, perfected or being enforced (replaced and released ones no longer do). */
export const BACKING_GUARANTEE_STATUSES = ['PROPUESTA', 'PERFECCIONADA', 'EN_EJECUCION'] as const

export type BackingGuarantee = { status: string; value?: number | null }

export type AgreementCoverage = Coverage & {
  /** R-GAR-01: guarantees are required (the obligation exceeds 10 SMMLV of the year it starts). */
  mandatory: boolean
  /** What the perfected guarantees alone are worth (R-GAR-03). */
  perfected: number
  /** The rate projected (R-INT-01's rate in force on the first day). */
  annualRatePercent: string
}

/**
 * R-GAR-01 / R-GAR-02 for an agreement's page: whether guarantees are required, and how far the
 * guarantees that back it cover the capital, the interest projected over the term at the rate in
 * force on its first day, and the costs (`guaranteeCoverage`, the same projection the rules use).
 */
export function agreementCoverage(input: {
  capital: number
  costs: number
  termMonths: number
  /** The agreement's first day: its approval, or its request while it is being decided. */
  startDate: string
  rates: RatePeriod[]
  wages: MinimumWage[]
  guarantees: readonly BackingGuarantee[]
}): AgreementCoverage {
  const backing = input.guarantees.filter((g) => (BACKING_GUARANTEE_STATUSES as readonly string[]).includes(g.status))
  const { annualRatePercent } = rateOn(input.startDate, input.rates)
  const coverage = guaranteeCoverage({
    principal: input.capital,
    annualRatePercent,
    startDate: input.startDate,
    termMonths: input.termMonths,
    costs: input.costs,
    guaranteeValues: backing.map((g) => g.value ?? 0),
  })
  return {
    ...coverage,
    mandatory: guaranteeRequired(input.capital, smmlvOn(input.startDate, input.wages)),
    perfected: backing.filter((g) => g.status === 'PERFECCIONADA').reduce((sum, g) => sum + (g.value ?? 0), 0),
    annualRatePercent,
  }
}
