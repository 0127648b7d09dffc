import { isoDateToEpochDay } from '@/rules/calendar/isoDate'
import { RuleViolation } from '@/rules/ruleViolation'

type Id = number | string

/**
 * What the collections manager keeps (seed 001 §7.2.1 item 6: "asignar los registros o saldos en
 * mora cuya edad y valor ameriten ser gestionados por las firmas externas"): the minimum age in
 * days and value in pesos of a debt, the branches whose debts go to firms (none listed = every
 * branch), the maximum of open debts a firm carries, and the firms that receive work.
 */
export type AssignmentRules = {
  minAgeDays: number
  minValue: number
  branches: readonly Id[]
  maxOpenDebtsPerFirm: number
  firms: readonly Id[]
}

/** A debtor with open cases and no firm: its open capital and oldest unpaid due date. */
export type UnassignedDebt = {
  debtor: Id
  branch: Id | null
  value: number
  oldestDueDate: string
  openCases: number
}

export type ProposedAssignment = UnassignedDebt & { ageDays: number; firm: Id }

export type LeftOut = { debtor: Id; reason: string }

/** Calendar days in arrears on `asOf` of a debt whose oldest line fell due on `oldestDueDate` (0 on the due day). */
export const debtAgeDays = (oldestDueDate: string, asOf: string): number =>
  isoDateToEpochDay(asOf) - isoDateToEpochDay(oldestDueDate)

/** R-ASG-01: the rules must make sense before a batch runs on them. */
export const assertAssignmentRules = (rules: AssignmentRules): void => {
  const whole = (n: number) => Number.isInteger(n) && n >= 0
  if (!whole(rules.minAgeDays)) throw new RuleViolation('R-ASG-01', 'La edad mínima debe ser un número entero de días, cero o más.', 400, { path: 'minAgeDays' })
  if (!whole(rules.minValue)) throw new RuleViolation('R-ASG-01', 'El valor mínimo debe ser un valor entero en pesos, cero o más.', 400, { path: 'minValue' })
  if (!Number.isInteger(rules.maxOpenDebtsPerFirm) || rules.maxOpenDebtsPerFirm < 1) {
    throw new RuleViolation('R-ASG-01', 'La carga máxima por firma debe ser de al menos una deuda abierta.', 400, { path: 'maxOpenDebtsPerFirm' })
  }
  if (rules.firms.length === 0) {
    throw new RuleViolation('R-ASG-01', 'Indique al menos una firma externa activa en las reglas de asignación.', 409, { path: 'firms' })
  }
}

/** R-ASG-02: a debt qualifies when it is at least as old and as large as the minimum, in a branch the rules include. */
export const qualifies = (rules: AssignmentRules, debt: UnassignedDebt, asOf: string): boolean =>
  debtAgeDays(debt.oldestDueDate, asOf) >= rules.minAgeDays &&
  debt.value >= rules.minValue &&
  (rules.branches.length === 0 || (debt.branch !== null && rules.branches.some((b) => String(b) === String(debt.branch))))

/**
 * R-ASG-02/03: the month's proposal. Qualifying debts, oldest first and then largest (then by
 * debtor id, so a run is repeatable), each go to the active firm with the fewest open debts
 * (counting what this proposal already gave it; ties go to the firm listed first) that is below
 * the cap. When every firm is at its cap the debt is left out, with the reason.
 */
export const proposeAssignments = (input: {
  rules: AssignmentRules
  debts: readonly UnassignedDebt[]
  /** Open debts each firm already carries. */
  loads: ReadonlyMap<string, number>
  asOf: string
}): { rows: ProposedAssignment[]; leftOut: LeftOut[] } => {
  const { rules, asOf } = input
  assertAssignmentRules(rules)
  const load = new Map(rules.firms.map((f) => [String(f), input.loads.get(String(f)) ?? 0]))
  const candidates = input.debts
    .filter((debt) => qualifies(rules, debt, asOf))
    .map((debt) => ({ ...debt, ageDays: debtAgeDays(debt.oldestDueDate, asOf) }))
    .sort((a, b) => b.ageDays - a.ageDays || b.value - a.value || String(a.debtor).localeCompare(String(b.debtor), 'en', { numeric: true }))
  const rows: ProposedAssignment[] = []
  const leftOut: LeftOut[] = []
  for (const debt of candidates) {
    let chosen: Id | undefined
    for (const firm of rules.firms) {
      const carried = load.get(String(firm)) ?? 0
      if (carried >= rules.maxOpenDebtsPerFirm) continue
      if (chosen === undefined || carried < (load.get(String(chosen)) ?? 0)) chosen = firm
    }
    if (chosen === undefined) {
      leftOut.push({ debtor: debt.debtor, reason: `Todas las firmas activas tienen ${rules.maxOpenDebtsPerFirm} deudas abiertas (carga máxima).` })
      continue
    }
    load.set(String(chosen), (load.get(String(chosen)) ?? 0) + 1)
    rows.push({ ...debt, firm: chosen })
  }
  return { rows, leftOut }
}
