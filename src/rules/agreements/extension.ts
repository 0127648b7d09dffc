import type { BusinessCalendar } from '@/rules/calendar'
import { addMonthsIso, calendarDaysBetween } from '@/rules/cases/months'
import { RuleViolation } from '@/rules/ruleViolation'
import { splitPesos } from './schedule'
import { PERIODICITY_MONTHS, type Periodicity } from './statuses'

/** R-AGR-10: the extension is asked at least thirty days before the next instalment (001 §8.19). */
export const EXTENSION_NOTICE_DAYS = 30

/**
 * R-AGR-10 (001 §8.19): the term is extended once, only while the agreement is being met (no
 * instalment overdue), and while instalments are still pending. When it is asked less than thirty
 * days before the next instalment it is not refused: it applies from the following one
 * (`firstExtendedInstalment`).
 */
export function assertExtensionAllowed(input: { extensionsGranted: number; overdueInstalments: number; nextDueOn: string | null }): void {
  if (input.extensionsGranted > 0) {
    throw new RuleViolation('R-AGR-10', 'El plazo del acuerdo ya fue ampliado una vez: solo se amplía por una sola vez.', 409)
  }
  if (input.overdueInstalments > 0) {
    throw new RuleViolation('R-AGR-10', 'Solo se amplía el plazo de un acuerdo que se está cumpliendo: hay cuotas vencidas sin pagar.', 409)
  }
  if (!input.nextDueOn) throw new RuleViolation('R-AGR-10', 'El acuerdo no tiene cuotas pendientes que ampliar.', 409)
}

export type ExtensionInstalment = { number: number; dueOn: string; amount: number; paidAmount: number }

/**
 * R-AGR-10 (001 §8.19, "se hará treinta (30) días antes del vencimiento de la cuota más próxima, de
 * lo contrario quedará para la cuota siguiente"): the first instalment the extension re-schedules —
 * the next one still owed when it falls due thirty or more calendar days after the request, else
 * the one after it. Refused when there is no instalment after it left to re-schedule.
 */
export function firstExtendedInstalment(instalments: readonly ExtensionInstalment[], requestedOn: string): { number: number; daysToNext: number } {
  const pending = [...instalments].filter((i) => i.paidAmount < i.amount && i.number > 0).sort((a, b) => a.number - b.number)
  const next = pending[0]
  if (!next) throw new RuleViolation('R-AGR-10', 'El acuerdo no tiene cuotas pendientes que ampliar.', 409)
  const daysToNext = calendarDaysBetween(requestedOn, next.dueOn.slice(0, 10))
  if (daysToNext >= EXTENSION_NOTICE_DAYS) return { number: next.number, daysToNext }
  const following = pending[1]
  if (!following) {
    throw new RuleViolation(
      'R-AGR-10',
      `La ampliación se pide al menos ${EXTENSION_NOTICE_DAYS} días antes de la próxima cuota (${next.dueOn.slice(0, 10)}); faltan ${daysToNext} y no hay una cuota siguiente desde la cual aplicarla.`,
      409,
    )
  }
  return { number: following.number, daysToNext }
}

/**
 * R-AGR-10 / R-AGR-08: the instalments from `fromNumber` on, re-scheduled over the new (longer) term:
 * what they still owe is split again into equal whole pesos (the remainder on the last one), one
 * instalment per period counted from the day the agreement was granted, a due date on a
 * non-business day moved to the next business day. What each already paid stays paid.
 */
export function extendSchedule(input: {
  instalments: readonly ExtensionInstalment[]
  fromNumber: number
  startOn: string
  periodicity: Periodicity
  currentTermMonths: number
  newTermMonths: number
  calendar: BusinessCalendar
}): ExtensionInstalment[] {
  const period = PERIODICITY_MONTHS[input.periodicity]
  if (!Number.isSafeInteger(input.newTermMonths) || input.newTermMonths <= input.currentTermMonths) {
    throw new RuleViolation('R-AGR-10', `El nuevo plazo debe ser mayor que el actual (${input.currentTermMonths} meses).`, 400, { path: 'termMonths' })
  }
  if (input.newTermMonths % period !== 0) {
    throw new RuleViolation('R-AGR-08', `El plazo (${input.newTermMonths} meses) debe ser múltiplo de la periodicidad (${period} meses).`, 400, { path: 'termMonths' })
  }
  const lastNumber = input.newTermMonths / period
  const affected = input.instalments.filter((i) => i.number >= input.fromNumber)
  const owed = affected.reduce((sum, i) => sum + i.amount - i.paidAmount, 0)
  const shares = splitPesos(owed, lastNumber - input.fromNumber + 1)
  return shares.map((share, k) => {
    const number = input.fromNumber + k
    const paidAmount = affected.find((i) => i.number === number)?.paidAmount ?? 0
    return {
      number,
      dueOn: input.calendar.onOrNextBusinessDay(addMonthsIso(input.startOn, number * period)),
      amount: paidAmount + share,
      paidAmount,
    }
  })
}
