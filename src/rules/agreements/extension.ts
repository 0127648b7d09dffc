import { calendarDaysBetween } from '@/rules/cases/months'
import { RuleViolation } from '@/rules/ruleViolation'

/** R-AGR-10: the extension is asked at least thirty days before the next instalment (001 §8.19). */
export const EXTENSION_NOTICE_DAYS = 30

/**
 * R-AGR-10 (001 §8.19): the term is extended once, only while the agreement is being met (no
 * instalment overdue), and at least thirty calendar days before the next instalment falls due.
 */
export function assertExtensionAllowed(input: {
  extensionsGranted: number
  overdueInstalments: number
  requestedOn: string
  nextDueOn: string | null
}): void {
  if (input.extensionsGranted > 0) {
    throw new RuleViolation('R-AGR-10', 'El plazo del acuerdo ya fue ampliado una vez: solo se amplía por una sola vez.', 409)
  }
  if (input.overdueInstalments > 0) {
    throw new RuleViolation('R-AGR-10', 'Solo se amplía el plazo de un acuerdo que se está cumpliendo: hay cuotas vencidas sin pagar.', 409)
  }
  if (!input.nextDueOn) throw new RuleViolation('R-AGR-10', 'El acuerdo no tiene cuotas pendientes que ampliar.', 409)
  const days = calendarDaysBetween(input.requestedOn, input.nextDueOn)
  if (days < EXTENSION_NOTICE_DAYS) {
    throw new RuleViolation(
      'R-AGR-10',
      `La ampliación se pide al menos ${EXTENSION_NOTICE_DAYS} días antes de la próxima cuota (${input.nextDueOn}); faltan ${days}.`,
      409,
    )
  }
}
