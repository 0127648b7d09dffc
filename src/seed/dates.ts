import { addDaysIso, bogotaDateOf, parseIsoDate } from '@/rules/calendar'
import { isoDateToEpochDay } from '@/rules/calendar/isoDate'

/** Today's calendar date in Bogotá (ISO `YYYY-MM-DD`): every demo date is relative to it. */
export const bogotaToday = (now: Date = new Date()): string => bogotaDateOf(now)

export const addDays = addDaysIso

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => isoDateToEpochDay(to) - isoDateToEpochDay(from)

/** The same day one year later (29 February becomes 28 February). */
export const addOneYear = (date: string): string => {
  const { year, month, day } = parseIsoDate(date)
  const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate()
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`
}

/** The last day of a month, ISO. */
export const lastDayOfMonth = (year: number, month: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`

/** A Payload date field value for a Bogotá calendar day: noon UTC, the same day in every time zone of the Americas. */
export const dateField = (date: string): string => {
  parseIsoDate(date)
  return `${date}T12:00:00.000Z`
}
