import { addDaysIso, bogotaDateOf, endOfBogotaDay } from './calendar'
import { isoDateToEpochDay } from './calendar/isoDate'
import { RuleViolation } from './ruleViolation'

/** R-CAR-02: days-past-due buckets, as the portal shows them. */
export const ARREARS_BUCKETS = [
  { value: '1-45', label: '1-45 días', min: 1, max: 45 },
  { value: '46-60', label: '46-60 días', min: 46, max: 60 },
  { value: '61-75', label: '61-75 días', min: 61, max: 75 },
  { value: '76-89', label: '76-89 días', min: 76, max: 89 },
  { value: '90+', label: '+ 90 días', min: 90, max: null },
] as const

export type ArrearsBucket = (typeof ARREARS_BUCKETS)[number]['value']

/**
 * R-CAR-01: calendar days from the payment due date to the "as of" date, both read as Bogota
 * calendar dates (a due date of 14 Feb is 1 day past due on 15 Feb). Zero or less means not due.
 */
export function daysPastDue(paymentDueDate: string | Date, asOf: string): number {
  const due = bogotaDateOf(paymentDueDate instanceof Date ? paymentDueDate : new Date(paymentDueDate))
  return isoDateToEpochDay(asOf) - isoDateToEpochDay(due)
}

/** R-CAR-02: the bucket of a number of days past due; null when the policy is not past due. */
export function arrearsBucket(days: number): ArrearsBucket | null {
  if (!Number.isInteger(days)) throw new RangeError(`Días de mora inválidos: ${days}`)
  if (days < 1) return null
  return ARREARS_BUCKETS.find((b) => days >= b.min && (b.max === null || days <= b.max))!.value
}

const startOfBogotaDay = (date: string): Date => new Date(endOfBogotaDay(addDaysIso(date, -1)).getTime() + 1)

/**
 * R-CAR-03: the due-date window (instants, [from, to)) of the policies that are past due as of
 * `asOf` — all buckets, or one — so the filter runs on the indexed due date in the database.
 */
export function dueDateWindow(asOf: string, bucket?: ArrearsBucket | null): { from: Date | null; to: Date } {
  if (!bucket) return { from: null, to: startOfBogotaDay(asOf) }
  const b = ARREARS_BUCKETS.find((x) => x.value === bucket)
  if (!b) throw new RuleViolation('R-CAR-02', `La franja de mora ${bucket} no existe; use ${ARREARS_BUCKETS.map((x) => x.value).join(', ')}.`)
  return {
    from: b.max === null ? null : startOfBogotaDay(addDaysIso(asOf, -b.max)),
    to: startOfBogotaDay(addDaysIso(asOf, -b.min + 1)),
  }
}

/** R-CAR-01: what is still owed on a policy. */
export const pendingAmount = (p: { totalDue?: number | null; amountPaid?: number | null }): number =>
  Math.max(0, (p.totalDue ?? 0) - (p.amountPaid ?? 0))

/**
 * R-CAR-01: a policy's days past due as of a date; a policy with nothing left to pay is not in
 * arrears (0 days), however old its due date — so its detail never shows it in a bucket.
 */
export const policyDaysPastDue = (
  p: { paymentDueDate: string | Date; totalDue?: number | null; amountPaid?: number | null },
  asOf: string,
): number => (pendingAmount(p) > 0 ? Math.max(0, daysPastDue(p.paymentDueDate, asOf)) : 0)
