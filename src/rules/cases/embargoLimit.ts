import { RuleViolation } from '@/rules/ruleViolation'
import { formatPesos } from '@/rules/money'

/** R-COB-14: the value embargoed may not exceed twice the debt plus interest. */
export function embargoLimit(debt: { capital: number; interest: number }): number {
  return 2 * (debt.capital + debt.interest)
}

export function assertEmbargoWithinLimit(input: {
  capital: number
  interest: number
  /** Amounts of the measures in force, including the one being ordered. */
  measureAmounts: number[]
}): void {
  const limit = embargoLimit(input)
  const total = input.measureAmounts.reduce((sum, amount) => sum + amount, 0)
  if (total > limit) {
    throw new RuleViolation(
      'R-COB-14',
      `Las medidas cautelares suman ${formatPesos(total)} y superan el límite de ${formatPesos(limit)} (dos veces la deuda más intereses).`,
    )
  }
}
