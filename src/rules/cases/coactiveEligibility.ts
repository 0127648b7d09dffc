import { RuleViolation } from '@/rules/ruleViolation'
import { calendarDaysBetween } from './months'

export type MinimumWage = { year: number; amount: number }

/** The SMMLV of the year of `date`, from the settings (never a literal in code). */
export function smmlvOn(date: string, wages: MinimumWage[]): number {
  const year = Number(date.slice(0, 4))
  const wage = wages.find((w) => w.year === year)
  if (!wage) {
    throw new RuleViolation('R-COB-07', `No hay SMMLV registrado para ${year}. Actualice los parámetros.`)
  }
  return wage.amount
}

export type EligibilityInput = {
  /** Total owed by the debtor in this case (capital plus liquidated interest), in pesos. */
  totalDebt: number
  cannotBeLocated: boolean
  /** Earliest due date of the debt lines. */
  oldestDueDate: string
  today: string
  smmlv: number
}

/** R-COB-07: under 1 SMMLV and cannot be located → the case stays in persuasive collection. */
export function mustStayPersuasive(input: Pick<EligibilityInput, 'totalDebt' | 'cannotBeLocated' | 'smmlv'>): boolean {
  return input.cannotBeLocated && input.totalDebt < input.smmlv
}

export function assertMayLeavePersuasive(input: Pick<EligibilityInput, 'totalDebt' | 'cannotBeLocated' | 'smmlv'>): void {
  if (mustStayPersuasive(input)) {
    throw new RuleViolation(
      'R-COB-07',
      'El deudor no es localizable y la deuda es inferior a 1 SMMLV: el expediente permanece en cobro persuasivo.',
    )
  }
}

/** R-COB-07: coactive collection only for debts of at least 1 SMMLV more than 90 days past due. */
export function assertEligibleForCoactive(input: EligibilityInput): void {
  assertMayLeavePersuasive(input)
  if (input.totalDebt < input.smmlv) {
    throw new RuleViolation('R-COB-07', 'El cobro coactivo procede solo para deudas de al menos 1 SMMLV.')
  }
  const daysPastDue = calendarDaysBetween(input.oldestDueDate, input.today)
  if (daysPastDue <= 90) {
    throw new RuleViolation(
      'R-COB-07',
      `El cobro coactivo procede solo con más de 90 días de mora; la deuda tiene ${Math.max(daysPastDue, 0)}.`,
    )
  }
}
