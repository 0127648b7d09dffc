import { formatPesos, isPesos } from '@/rules/money'
import { RuleViolation } from '@/rules/ruleViolation'

/** R-AGR-03: the down payment is at least 10% of the total debt (001 §8.3); compared in whole pesos, no float. */
export function assertDownPayment(input: { total: number; downPayment: number }): void {
  const { total, downPayment } = input
  if (!isPesos(total) || !isPesos(downPayment)) {
    throw new RuleViolation('R-MON-01', 'El total y el abono inicial deben ser valores enteros en pesos.')
  }
  if (downPayment * 10 < total) {
    const minimum = Math.ceil(total / 10)
    throw new RuleViolation(
      'R-AGR-03',
      `El abono inicial debe ser de al menos el 10 % de la deuda total: mínimo ${formatPesos(minimum)}.`,
      400,
      { path: 'downPayment' },
    )
  }
  if (downPayment > total) {
    throw new RuleViolation('R-AGR-03', 'El abono inicial no puede superar la deuda total.', 400, { path: 'downPayment' })
  }
}
