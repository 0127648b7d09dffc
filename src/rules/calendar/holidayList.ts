import { createHash } from 'node:crypto'

import { nationalHolidays } from './colombianHolidays'
import { parseIsoDate } from './isoDate'

/** The national holidays the calendar used over a window of years, and their fingerprint. */
export type HolidayListRecord = { fromYear: number; toYear: number; fingerprint: string; holidays: string[] }

/**
 * The holidays of last year through two years ahead of `today`: every open term is counted
 * within them (the longest runs a month or fifteen business days), and reading the holiday
 * library for more years is slow.
 */
export function holidayListAround(today: string): HolidayListRecord {
  const { year } = parseIsoDate(today)
  const fromYear = year - 1
  const toYear = year + 2
  const holidays: string[] = []
  for (let y = fromYear; y <= toYear; y++) holidays.push(...nationalHolidays(y))
  return { fromYear, toYear, fingerprint: createHash('sha256').update(holidays.join('\n')).digest('hex'), holidays }
}

/**
 * What changed in the holiday list between the one recorded and the one in use now, over the
 * years both cover (a window that moves with the new year is not a change), in Spanish for the
 * case file; null when nothing changed. With nothing recorded (first run, or the first run after
 * the app started recording), the list counts as changed so that open terms are checked once.
 */
export function holidayListChange(recorded: HolidayListRecord | null, current: HolidayListRecord): string | null {
  if (!recorded) return 'lista de festivos nacionales en uso comprobada por primera vez'
  if (recorded.fingerprint === current.fingerprint) return null
  const from = Math.max(recorded.fromYear, current.fromYear)
  const to = Math.min(recorded.toYear, current.toYear)
  const inBoth = (date: string) => {
    const { year } = parseIsoDate(date)
    return year >= from && year <= to
  }
  const old = new Set(recorded.holidays.filter(inBoth))
  const now = new Set(current.holidays.filter(inBoth))
  const added = [...now].filter((d) => !old.has(d))
  const removed = [...old].filter((d) => !now.has(d))
  if (added.length === 0 && removed.length === 0) return null
  const parts = [
    ...(added.length > 0 ? [`festivos agregados ${added.join(', ')}`] : []),
    ...(removed.length > 0 ? [`festivos retirados ${removed.join(', ')}`] : []),
  ]
  return `lista de festivos nacionales actualizada: ${parts.join('; ')}`
}
