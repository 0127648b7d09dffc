import { ROLES } from '../../auth/roles'
import { RuleViolation } from '../ruleViolation'

/** The two fields of a debtor's report to the State's delinquent-debtor bulletin (BDME). */
export const BDME_FIELDS = ['reportedToBdme', 'bdmeReportedAt'] as const

/** R-ROL-05: only the executor officer reports a debtor to the BDME or withdraws the report. */
export const assertOnlyExecutorReportsToBdme = (role: string | null | undefined, changed: readonly string[]): void => {
  if (changed.length === 0 || role === ROLES.executorOfficer) return
  throw new RuleViolation('R-ROL-05', 'Solo el funcionario ejecutor reporta o retira a un deudor del BDME.', 403)
}

/** R-ROL-05: the executor officer changes a debtor only to report it to the BDME (or withdraw it). */
export const assertExecutorChangesOnlyBdme = (role: string | null | undefined, changed: readonly string[]): void => {
  if (role !== ROLES.executorOfficer) return
  const others = changed.filter((field) => !(BDME_FIELDS as readonly string[]).includes(field))
  if (others.length === 0) return
  throw new RuleViolation(
    'R-ROL-05',
    `El funcionario ejecutor solo modifica el reporte al BDME de un tercero (no ${others.join(', ')}).`,
    403,
  )
}

/**
 * R-ROL-05: a report carries its date; withdrawing it clears the date. Returns the two fields as stored.
 */
export const settleBdmeReport = (input: {
  reportedToBdme?: boolean | null
  bdmeReportedAt?: string | null
}): { reportedToBdme: boolean; bdmeReportedAt: string | null } => {
  if (!input.reportedToBdme) return { reportedToBdme: false, bdmeReportedAt: null }
  if (!input.bdmeReportedAt) {
    throw new RuleViolation('R-ROL-05', 'Indique la fecha de reporte al BDME (bdmeReportedAt).', 400)
  }
  return { reportedToBdme: true, bdmeReportedAt: input.bdmeReportedAt }
}
