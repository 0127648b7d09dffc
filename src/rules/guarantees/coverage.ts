import { addMonthsIso } from '@/rules/cases/months'
import { moratoriumInterest } from '@/rules/cases/interest'
import { RuleViolation } from '@/rules/ruleViolation'

export type CoverageInput = {
  /** Capital of the obligations, in pesos. */
  principal: number
  /** Effective annual moratorium rate in force when the agreement starts ("26.76"), projected over the whole term. */
  annualRatePercent: string
  /** The agreement's first day (ISO date): interest is projected from it. */
  startDate: string
  termMonths: number
  /** Costs and expenses of the collection (R-GAR-02 "costas y gastos"), in pesos. */
  costs: number
  /** Interest already liquidated on the debt when the agreement starts (part of the obligation, never capitalised), in pesos. */
  accruedInterest?: number
  /** Value of each guarantee offered, in pesos. */
  guaranteeValues: readonly number[]
}

export type Coverage = { interest: number; required: number; covered: number; shortfall: number }

/**
 * R-GAR-02 (001 §8.26): the guarantees must cover the principal (with the interest already
 * liquidated, when given), the interest projected over the term and the costs. The interest is R-INT-01's (months or fraction at the rate in force), so the
 * projection and the liquidation never disagree.
 */
export const guaranteeCoverage = (input: CoverageInput): Coverage => {
  const end = addMonthsIso(input.startDate, input.termMonths)
  const { interest } = moratoriumInterest({
    capital: input.principal,
    dueDate: input.startDate,
    cutOffDate: end,
    rates: [{ from: input.startDate, to: end, annualRatePercent: input.annualRatePercent }],
  })
  const required = input.principal + (input.accruedInterest ?? 0) + interest + input.costs
  const covered = input.guaranteeValues.reduce((sum, v) => sum + v, 0)
  return { interest, required, covered, shortfall: Math.max(0, required - covered) }
}

/** R-GAR-02: refuses guarantees that fall short, naming the missing amount. */
export const assertGuaranteesCover = (input: CoverageInput): Coverage => {
  const coverage = guaranteeCoverage(input)
  if (coverage.shortfall > 0) {
    throw new RuleViolation(
      'R-GAR-02',
      `Las garantías (${coverage.covered} pesos) no cubren capital, intereses proyectados y costas (${coverage.required} pesos): faltan ${coverage.shortfall} pesos.`,
      409,
    )
  }
  return coverage
}
