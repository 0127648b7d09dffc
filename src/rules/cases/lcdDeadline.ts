import { RuleViolation } from '@/rules/ruleViolation'
import { addMonthsIso } from './months'

/** R-COB-03: the LCD is issued at most six months after the payment deadline. */
export const lcdDeadline = (paymentDeadline: string): string => addMonthsIso(paymentDeadline.slice(0, 10), 6)

/** The earliest due date of the debt lines governs: that is the first title to expire. */
export function assertLcdInTime(input: { oldestDueDate: string; issuedOn: string }): void {
  const limit = lcdDeadline(input.oldestDueDate)
  if (input.issuedOn.slice(0, 10) > limit) {
    throw new RuleViolation(
      'R-COB-03',
      `La LCD debía expedirse a más tardar el ${limit} (seis meses desde la fecha límite de pago ${input.oldestDueDate.slice(0, 10)}).`,
    )
  }
}
