import { ROLES } from '@/auth/roles'
import { RuleViolation } from '@/rules/ruleViolation'

/**
 * The manual's "Coordinador de Cartera y Recaudo" (001 §8.34): the roles have no coordinator, and the
 * collections manager (Gerente de Recaudo y Cartera) heads the office the coordinator belongs to.
 */
export const GUARANTEE_SUBSTITUTION_ROLE = ROLES.collectionsManager

export type SubstitutionFacts = {
  role?: string | null
  reason?: string | null
  previousStatus: string
  previousValue: number
  value: number
}

/**
 * R-GAR-08: a guarantee is replaced only by the collections coordinator, for a recorded exceptional
 * reason, by one worth as much or more; a replaced, enforced or released guarantee is not replaced again.
 */
export const assertSubstitutionAllowed = (facts: SubstitutionFacts): void => {
  if (facts.role !== GUARANTEE_SUBSTITUTION_ROLE) {
    throw new RuleViolation('R-GAR-08', 'Solo el coordinador de cartera y recaudo (Gerente de Recaudo y Cartera) autoriza el cambio de una garantía.', 403)
  }
  if (!facts.reason?.trim()) {
    throw new RuleViolation('R-GAR-08', 'Deje constancia de la circunstancia excepcional que justifica el cambio de garantía.', 400, {
      path: 'substitution.reason',
    })
  }
  if (!['PROPUESTA', 'PERFECCIONADA'].includes(facts.previousStatus)) {
    throw new RuleViolation('R-GAR-08', 'Solo se sustituye una garantía propuesta o perfeccionada.', 409)
  }
  if (facts.value < facts.previousValue) {
    throw new RuleViolation(
      'R-GAR-08',
      `La nueva garantía (${facts.value} pesos) debe ser de valor igual o superior a la que reemplaza (${facts.previousValue} pesos).`,
    )
  }
}
