import type { BusinessCalendar } from '@/rules/calendar'
import { RuleViolation } from '@/rules/ruleViolation'
import { isPastDue } from './schedule'

/** R-AGR-11: the demand gives at most fifteen (business) days to prove payment (001 §8.20). */
export const DEMAND_BUSINESS_DAYS = 15

export type InstalmentOwed = { number: number; dueOn: string; amount: number; paidAmount: number }

/** R-AGR-11: the instalments whose due business day has ended unpaid. */
export const missedInstalments = <T extends InstalmentOwed>(instalments: T[], today: string): T[] =>
  instalments.filter((i) => i.paidAmount < i.amount && isPastDue(i.dueOn, today))

/** R-AGR-11: the last day to prove payment, fifteen business days after the demand. */
export const demandDeadline = (issuedOn: string, calendar: BusinessCalendar): string =>
  calendar.addBusinessDays(issuedOn, DEMAND_BUSINESS_DAYS)

export type VoidResolution = {
  unpaidInstalments: { number: number; dueOn: string; owed: number }[]
  outstanding: number
  enforceGuarantees: true
}

/**
 * R-AGR-12 (001 §8.21): once the demand's term has passed with instalments still unpaid, the
 * resolution declares the agreement void, listing the unpaid instalments, the outstanding balance
 * and the order to enforce the guarantees. Refused while the term runs or when nothing is owed.
 */
export function voidResolutionFor(input: { today: string; demandDueOn: string | null; instalments: InstalmentOwed[] }): VoidResolution {
  if (!input.demandDueOn) throw new RuleViolation('R-AGR-12', 'Primero se requiere al deudor por el incumplimiento (R-AGR-11).', 409)
  if (!isPastDue(input.demandDueOn, input.today)) {
    throw new RuleViolation('R-AGR-12', `El término del requerimiento corre hasta el ${input.demandDueOn}: aún no se declara sin vigencia.`, 409)
  }
  const unpaid = missedInstalments(input.instalments, input.today)
  if (unpaid.length === 0) throw new RuleViolation('R-AGR-12', 'El deudor pagó las cuotas requeridas: el acuerdo sigue vigente.', 409)
  return {
    unpaidInstalments: unpaid.map((i) => ({ number: i.number, dueOn: i.dueOn, owed: i.amount - i.paidAmount })),
    outstanding: input.instalments.reduce((sum, i) => sum + i.amount - i.paidAmount, 0),
    enforceGuarantees: true,
  }
}

export type Demand<T extends InstalmentOwed> = { issuedOn: string; dueOn: string; missed: T[] }

/**
 * R-AGR-11 (001 §8.20): an agreement in force (APROBADO) with an instalment whose due business day
 * has ended unpaid is demanded on `today`, with fifteen business days to prove payment. Null when
 * nothing is missed or the agreement is not in force (already demanded, void, fulfilled): the
 * daily sweep calls it every day and opens each demand once.
 */
export function demandFor<T extends InstalmentOwed>(input: { status: string | null | undefined; instalments: T[]; today: string; calendar: BusinessCalendar }): Demand<T> | null {
  if (input.status !== 'APROBADO') return null
  const missed = missedInstalments(input.instalments, input.today)
  if (missed.length === 0) return null
  return { issuedOn: input.today, dueOn: demandDeadline(input.today, input.calendar), missed }
}

/**
 * R-AGR-11 / R-AGR-13: a payment of every demanded instalment (with its late interest) before the
 * agreement is declared void keeps it in force: EN_REQUERIMIENTO goes back to APROBADO once nothing
 * past due is owed on `paidOn`. Any other status is kept.
 */
export const statusAfterPayment = (status: string, instalments: InstalmentOwed[], paidOn: string): string =>
  status === 'EN_REQUERIMIENTO' && missedInstalments(instalments, paidOn).length === 0 ? 'APROBADO' : status
