import { RuleViolation } from '@/rules/ruleViolation'

/** R-AGR-05: in the coactive stage the executor officer may grant up to five years (Decreto 4473 de 2006). */
export const COACTIVE_MAX_TERM_MONTHS = 60

/**
 * R-AGR-05 (001 §8.6): the longest term by the capital, in SMMLV of the year in force (taken from
 * the settings, never a literal): up to 2 SMMLV → 3 months; over 2 and up to 20 → 8; over 20 → 12.
 * Compared in whole pesos: "over 2 SMMLV" is one peso above 2 × SMMLV.
 */
export function maxTermMonths(input: { capital: number; smmlv: number; coactive: boolean }): number {
  if (input.coactive) return COACTIVE_MAX_TERM_MONTHS
  if (input.capital <= 2 * input.smmlv) return 3
  if (input.capital <= 20 * input.smmlv) return 8
  return 12
}

/** R-AGR-05: the term asked (whole months, at least one) within the band's maximum. */
export function assertTermAllowed(input: { capital: number; smmlv: number; coactive: boolean; termMonths: number }): void {
  if (!Number.isSafeInteger(input.termMonths) || input.termMonths < 1) {
    throw new RuleViolation('R-AGR-05', 'El plazo es un número entero de meses, de al menos uno.', 400, { path: 'termMonths' })
  }
  const max = maxTermMonths(input)
  if (input.termMonths > max) {
    const why = input.coactive
      ? 'en etapa coactiva el funcionario ejecutor puede conceder hasta cinco años'
      : `para un capital de ${(input.capital / input.smmlv).toFixed(2).replace('.', ',')} SMMLV el plazo máximo es de ${max} meses`
    throw new RuleViolation('R-AGR-05', `Plazo de ${input.termMonths} meses no permitido: ${why}.`, 400, { path: 'termMonths' })
  }
}
