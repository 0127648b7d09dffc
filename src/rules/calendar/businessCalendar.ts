import { nationalHolidays } from './colombianHolidays'
import {
  endOfBogotaDay,
  epochDayToIsoDate,
  isoDateToEpochDay,
  weekdayOfEpochDay,
} from './isoDate'

export type CalendarAdjustments = {
  /** Institutional closures an administrator adds. */
  extraNonBusinessDays?: string[]
  /** Days the library wrongly lists as holidays; an administrator strikes them. */
  struckHolidays?: string[]
}

export type BusinessCalendar = {
  /** National holiday (after strikes); institutional closures are not holidays. */
  isHoliday(date: string): boolean
  /** Monday–Friday, not a national holiday (unless struck), not an extra non-business day. */
  isBusinessDay(date: string): boolean
  /** Legal term: counting starts the day after `date`; n = 0 returns `date` itself. */
  addBusinessDays(date: string, n: number): string
  addCalendarDays(date: string, n: number): string
  /** First business day strictly after `date`. */
  nextBusinessDay(date: string): string
  /** `date` if it is a business day, else the next one (R-AGR-08). */
  onOrNextBusinessDay(date: string): string
  /** 23:59:59.999 Bogota of the business day after `date` (R-COB-04). */
  endOfNextBusinessDay(date: string): Date
  /** Business days d with from < d <= to; 0 when to <= from. */
  businessDaysBetween(from: string, to: string): number
}

function assertDayCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`El número de días debe ser un entero mayor o igual a cero, no ${String(n)}.`)
  }
}

function toEpochDays(dates: string[] | undefined): Set<number> {
  return new Set((dates ?? []).map(isoDateToEpochDay))
}

export function createBusinessCalendar(adjustments: CalendarAdjustments = {}): BusinessCalendar {
  const extraNonBusinessDays = toEpochDays(adjustments.extraNonBusinessDays)
  const struckHolidays = toEpochDays(adjustments.struckHolidays)
  const holidaysByYear = new Map<number, Set<number>>()
  // Term counting revisits the same days constantly; remember each verdict.
  const businessDayVerdicts = new Map<number, boolean>()

  function holidaysOf(year: number): Set<number> {
    let holidays = holidaysByYear.get(year)
    if (!holidays) {
      holidays = new Set(
        nationalHolidays(year)
          .map(isoDateToEpochDay)
          .filter((day) => !struckHolidays.has(day)),
      )
      holidaysByYear.set(year, holidays)
    }
    return holidays
  }

  function isHolidayDay(epochDay: number): boolean {
    return holidaysOf(new Date(epochDay * 86_400_000).getUTCFullYear()).has(epochDay)
  }

  function isBusinessEpochDay(epochDay: number): boolean {
    let verdict = businessDayVerdicts.get(epochDay)
    if (verdict === undefined) {
      const weekday = weekdayOfEpochDay(epochDay)
      verdict =
        weekday !== 0 &&
        weekday !== 6 &&
        !extraNonBusinessDays.has(epochDay) &&
        !isHolidayDay(epochDay)
      businessDayVerdicts.set(epochDay, verdict)
    }
    return verdict
  }

  function nextBusinessEpochDay(epochDay: number): number {
    let day = epochDay + 1
    while (!isBusinessEpochDay(day)) day++
    return day
  }

  return {
    isHoliday: (date) => isHolidayDay(isoDateToEpochDay(date)),

    isBusinessDay: (date) => isBusinessEpochDay(isoDateToEpochDay(date)),

    addBusinessDays(date, n) {
      assertDayCount(n)
      let day = isoDateToEpochDay(date)
      for (let counted = 0; counted < n; counted++) day = nextBusinessEpochDay(day)
      return epochDayToIsoDate(day)
    },

    addCalendarDays(date, n) {
      assertDayCount(n)
      return epochDayToIsoDate(isoDateToEpochDay(date) + n)
    },

    nextBusinessDay: (date) => epochDayToIsoDate(nextBusinessEpochDay(isoDateToEpochDay(date))),

    onOrNextBusinessDay(date) {
      const day = isoDateToEpochDay(date)
      return isBusinessEpochDay(day) ? date : epochDayToIsoDate(nextBusinessEpochDay(day))
    },

    endOfNextBusinessDay: (date) =>
      endOfBogotaDay(epochDayToIsoDate(nextBusinessEpochDay(isoDateToEpochDay(date)))),

    businessDaysBetween(from, to) {
      const last = isoDateToEpochDay(to)
      let count = 0
      for (let day = isoDateToEpochDay(from) + 1; day <= last; day++) {
        if (isBusinessEpochDay(day)) count++
      }
      return count
    },
  }
}
