import { ROLES } from '@/auth/roles'
import { RuleViolation } from '@/rules/ruleViolation'

/** One report of a debtor to the State's delinquent-debtor bulletin, and its withdrawal. */
export type BdmeEntryFacts = {
  reportedOn?: string | null
  reason?: string | null
  withdrawnOn?: string | null
  withdrawalReason?: string | null
}

const day = (date: string | null | undefined) => (date ? date.slice(0, 10) : null)

/** R-ROL-05: the report and its withdrawal are the executor officer's acts alone. */
export const assertExecutorActsOnBdme = (role: string | null | undefined): void => {
  if (role === ROLES.executorOfficer) return
  throw new RuleViolation('R-ROL-05', 'Solo el funcionario ejecutor reporta o retira a un deudor del BDME.', 403)
}

/**
 * R-ROL-05: a report carries its date (not a future one) and reason; it is never rewritten, only
 * withdrawn once, with a date on or after the report and a reason; a withdrawal is final.
 */
export const assertBdmeEntryChange = (before: BdmeEntryFacts | null, after: BdmeEntryFacts, today: string): void => {
  if (!after.reportedOn || !after.reason?.trim()) {
    throw new RuleViolation('R-ROL-05', 'Indique la fecha y el motivo del reporte al BDME.', 400, { path: after.reportedOn ? 'reason' : 'reportedOn' })
  }
  if (day(after.reportedOn)! > today) throw new RuleViolation('R-ROL-05', 'La fecha del reporte no puede ser futura.', 400, { path: 'reportedOn' })
  if (before && (day(before.reportedOn) !== day(after.reportedOn) || before.reason !== after.reason)) {
    throw new RuleViolation('R-ROL-05', 'Un reporte al BDME no se modifica: retírelo y registre uno nuevo.', 409)
  }
  if (before?.withdrawnOn && (day(before.withdrawnOn) !== day(after.withdrawnOn) || before.withdrawalReason !== after.withdrawalReason)) {
    throw new RuleViolation('R-ROL-05', 'El retiro del BDME ya quedó registrado y no se modifica.', 409)
  }
  if (!after.withdrawnOn) {
    if (after.withdrawalReason) throw new RuleViolation('R-ROL-05', 'Indique la fecha del retiro.', 400, { path: 'withdrawnOn' })
    return
  }
  if (!after.withdrawalReason?.trim()) throw new RuleViolation('R-ROL-05', 'Indique el motivo del retiro del BDME.', 400, { path: 'withdrawalReason' })
  if (day(after.withdrawnOn)! < day(after.reportedOn)!) {
    throw new RuleViolation('R-ROL-05', 'El retiro no puede ser anterior al reporte.', 400, { path: 'withdrawnOn' })
  }
  if (day(after.withdrawnOn)! > today) throw new RuleViolation('R-ROL-05', 'La fecha del retiro no puede ser futura.', 400, { path: 'withdrawnOn' })
}

/** R-ROL-05: a debtor is reported once at a time; a new report waits for the earlier one's withdrawal. */
export const assertNoOpenReport = (openReports: number): void => {
  if (openReports === 0) return
  throw new RuleViolation('R-ROL-05', 'El deudor ya está reportado en el BDME: retire el reporte vigente antes de registrar otro.', 409)
}

/** A report in force on `date`: made on or before it and not yet withdrawn on it. */
export const inForceOn = (entry: BdmeEntryFacts, date: string): boolean =>
  Boolean(entry.reportedOn) && day(entry.reportedOn)! <= date && (!entry.withdrawnOn || day(entry.withdrawnOn)! > date)

/** What the debtor's record shows: reported while a report is in force today, since its date. */
export const bdmeStatusOf = (entries: readonly BdmeEntryFacts[], today: string): { reportedToBdme: boolean; bdmeReportedAt: string | null } => {
  const open = entries.filter((e) => inForceOn(e, today)).sort((a, b) => day(a.reportedOn)!.localeCompare(day(b.reportedOn)!))
  return open.length ? { reportedToBdme: true, bdmeReportedAt: day(open[0]!.reportedOn) } : { reportedToBdme: false, bdmeReportedAt: null }
}

/** R-AGR-02: the debtor (or the third party) is on the BDME on `date` (today by default: the caller passes it). */
export const isBlockedByBdme = (entries: readonly BdmeEntryFacts[], date: string): boolean => entries.some((e) => inForceOn(e, date))

/** R-AGR-02: refuses an agreement with a debtor or third party reported in the BDME. */
export const assertNotBlockedByBdme = (entries: readonly BdmeEntryFacts[], date: string, who: string): void => {
  if (!isBlockedByBdme(entries, date)) return
  throw new RuleViolation('R-AGR-02', `${who} está reportado en el Boletín de Deudores Morosos del Estado: no se puede conceder el acuerdo.`, 409)
}
