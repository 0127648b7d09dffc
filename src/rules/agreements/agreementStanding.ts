import type { RatePeriod } from '@/rules/cases/interest'
import { closedList } from '@/rules/options'
import { RuleViolation } from '@/rules/ruleViolation'
import { lateInstalmentInterest, type InstalmentState } from './agreementPayment'
import { isPastDue } from './schedule'

/** How an instalment stands on a given day, computed from its figures (never a stored flag waiting for the sweep). */
export const { values: INSTALMENT_STANDING, options: INSTALMENT_STANDINGS } = closedList({
  paid: ['PAGADA', 'Pagada'],
  due: ['PENDIENTE', 'Pendiente'],
  overdue: ['VENCIDA', 'Vencida'],
})

export type InstalmentStanding = (typeof INSTALMENT_STANDING)[keyof typeof INSTALMENT_STANDING]

export type ScheduleLine = InstalmentState & {
  /** What is still unpaid of the instalment. */
  owed: number
  standing: InstalmentStanding
  /** R-AGR-13 / R-INT-01: moratorium interest the instalment owes if paid today; null when the rate table lacks a month of its delay. */
  lateInterest: number | null
}

export type AgreementStanding = {
  today: string
  lines: ScheduleLine[]
  /** Paid to date on the instalments (down payment included). */
  paid: number
  /** What the agreement still owes on its instalments. */
  balance: number
  /** Unpaid part of the instalments whose due business day has ended (R-AGR-08, R-AGR-11). */
  overdue: number
  /** R-AGR-13: moratorium interest owed today by the late instalments, as a payment today would be charged; null when it cannot be computed. */
  interestOwed: number | null
  /** Why the interest could not be computed (R-INT-01: no rate registered for a month of the delay). */
  interestProblem: string | null
  /** The first instalment not fully paid, or null once everything is paid. */
  next: ScheduleLine | null
}

/**
 * R-AGR-08 / R-AGR-13 (R-INT-01): an agreement's schedule as it stands on `today`: each instalment
 * paid, pending or overdue (overdue once its due business day has ended unpaid), the balance, what
 * is overdue and the moratorium interest a payment made today would owe. The interest is the one
 * `applyAgreementPayment` charges (`lateInstalmentInterest` with today as the payment date), so the
 * page and the payment never disagree.
 */
export function agreementStanding(input: { instalments: InstalmentState[]; today: string; rates: RatePeriod[] }): AgreementStanding {
  const { today, rates } = input
  let interestProblem: string | null = null
  // A page still shows the schedule when the administrator has not yet registered this month's rate.
  const interestOf = (i: InstalmentState): number | null => {
    try {
      return lateInstalmentInterest(i, today, rates)
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error
      interestProblem = `${error.ruleId}: ${error.message}`
      return null
    }
  }
  const lines = [...input.instalments]
    .sort((a, b) => a.number - b.number)
    .map((i): ScheduleLine => {
      const owed = Math.max(0, i.amount - i.paidAmount)
      const standing: InstalmentStanding =
        owed === 0 ? INSTALMENT_STANDING.paid : isPastDue(i.dueOn, today) ? INSTALMENT_STANDING.overdue : INSTALMENT_STANDING.due
      return { ...i, owed, standing, lateInterest: owed > 0 ? interestOf(i) : 0 }
    })
  const sum = (pick: (l: ScheduleLine) => number, of = lines) => of.reduce((total, l) => total + pick(l), 0)
  return {
    today,
    lines,
    paid: sum((l) => l.paidAmount),
    balance: sum((l) => l.owed),
    overdue: sum((l) => l.owed, lines.filter((l) => l.standing === INSTALMENT_STANDING.overdue)),
    interestOwed: lines.some((l) => l.lateInterest === null) ? null : sum((l) => l.lateInterest ?? 0),
    interestProblem,
    next: lines.find((l) => l.owed > 0) ?? null,
  }
}
