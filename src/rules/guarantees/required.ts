import { RuleViolation } from '@/rules/ruleViolation'

/** R-GAR-01 (001 §8.25): an obligation above ten SMMLV of the year needs a guarantee. */
export const guaranteeRequired = (obligation: number, smmlv: number): boolean => obligation > 10 * smmlv

/** R-GAR-01: refuses an agreement over ten SMMLV offered without any guarantee. */
export const assertGuaranteeWhenRequired = (input: { obligation: number; smmlv: number; guarantees: number }): void => {
  if (!guaranteeRequired(input.obligation, input.smmlv) || input.guarantees > 0) return
  throw new RuleViolation(
    'R-GAR-01',
    `La obligación (${input.obligation} pesos) supera 10 SMMLV (${10 * input.smmlv} pesos): el acuerdo requiere garantía.`,
  )
}
