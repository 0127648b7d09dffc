import { parseIsoDate } from '@/rules/calendar'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/**
 * Calendar months added to an ISO date; a day that does not exist in the target month is clamped
 * to its last day (2026-01-31 + 1 month = 2026-02-28), as terms "de mes a mes" are counted.
 */
export function addMonthsIso(date: string, months: number): string {
  if (!Number.isSafeInteger(months)) throw new RangeError(`Número de meses inválido: ${String(months)}`)
  const { year, month, day } = parseIsoDate(date)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate()
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  const a = parseIsoDate(from)
  const b = parseIsoDate(to)
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000)
}

/** ISO dates compare correctly as strings. */
export const minIso = (...dates: (string | null | undefined)[]): string | undefined =>
  dates.filter((d): d is string => Boolean(d)).sort()[0]
