import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from '../../../src/rules/calendar/businessCalendar'
import { nationalHolidays } from '../../../src/rules/calendar/colombianHolidays'
import { addDaysIso, weekdayOf } from '../../../src/rules/calendar/isoDate'

// The published national calendar of 2026 (Ley 51 de 1983, "Ley Emiliani"): 18 days.
const PUBLISHED_2026 = [
  '2026-01-01', '2026-01-12', '2026-03-23', '2026-04-02', '2026-04-03', '2026-05-01',
  '2026-05-18', '2026-06-08', '2026-06-15', '2026-06-29', '2026-07-20', '2026-08-07',
  '2026-08-17', '2026-10-12', '2026-11-02', '2026-11-16', '2026-12-08', '2026-12-25',
]
const NATIONAL_HOLIDAYS_2026 = PUBLISHED_2026

const calendar = createBusinessCalendar()

describe('national calendar of 2026', () => {
  it('matches the published list of 18 holidays, exactly', () => {
    expect(nationalHolidays(2026)).toEqual(NATIONAL_HOLIDAYS_2026)
  })

  it('classifies every day of 2026 as business exactly when it is a weekday and not a holiday', () => {
    const holidays = new Set(NATIONAL_HOLIDAYS_2026)
    let businessDays = 0
    for (let i = 0; i < 365; i++) {
      const date = addDaysIso('2026-01-01', i)
      const weekday = weekdayOf(date)
      const expected = weekday !== 0 && weekday !== 6 && !holidays.has(date)
      expect(calendar.isBusinessDay(date), date).toBe(expected)
      expect(calendar.isHoliday(date), date).toBe(holidays.has(date))
      if (expected) businessDays++
    }
    // 2026 has 261 weekdays and all 18 holidays fall on a weekday.
    expect(businessDays).toBe(261 - 18)
  })

  it('does not take the library\'s unconfirmed 13 July 2026 holiday; an administrator can add it', () => {
    expect(calendar.isBusinessDay('2026-07-13')).toBe(true)
    const withClosure = createBusinessCalendar({ extraNonBusinessDays: ['2026-07-13'] })
    expect(withClosure.isBusinessDay('2026-07-13')).toBe(false)
    // Fri 10 Jul + 1 business day: Mon 13 normally, Tue 14 once the day is added.
    expect(calendar.addBusinessDays('2026-07-10', 1)).toBe('2026-07-13')
    expect(withClosure.addBusinessDays('2026-07-10', 1)).toBe('2026-07-14')
  })
})

describe('addBusinessDays', () => {
  it('returns the same date for a zero-day term, even on a non-business day', () => {
    expect(calendar.addBusinessDays('2026-03-23', 0)).toBe('2026-03-23')
    expect(calendar.addBusinessDays('2026-03-21', 0)).toBe('2026-03-21')
  })

  it('starts counting the day after and skips the Monday holiday of 23 March', () => {
    // Fri 20 Mar; Mon 23 holiday; Tue 24 (1), Wed 25 (2), Thu 26 (3), Fri 27 (4), Mon 30 (5).
    expect(calendar.addBusinessDays('2026-03-20', 4)).toBe('2026-03-27')
    expect(calendar.addBusinessDays('2026-03-20', 5)).toBe('2026-03-30')
    expect(calendar.addBusinessDays('2026-03-20', 1)).toBe('2026-03-24')
  })

  it('skips Holy Thursday and Good Friday', () => {
    // Tue 31 Mar; Wed 1 Apr (1); Thu 2, Fri 3 holidays; Sat 4, Sun 5; Mon 6 (2), Tue 7 (3).
    expect(calendar.addBusinessDays('2026-03-31', 3)).toBe('2026-04-07')
  })

  it('crosses the year end', () => {
    // Thu 24 Dec; Fri 25 holiday; Sat 26, Sun 27; Mon 28 (1), Tue 29 (2).
    expect(calendar.addBusinessDays('2026-12-24', 2)).toBe('2026-12-29')
    // Thu 31 Dec; Fri 1 Jan 2027 holiday; Sat 2, Sun 3; Mon 4 (1).
    expect(calendar.addBusinessDays('2026-12-31', 1)).toBe('2027-01-04')
  })

  it('crosses a month end over a weekend', () => {
    // Fri 30 Jan; Sat 31, Sun 1 Feb; Mon 2 Feb (1).
    expect(calendar.addBusinessDays('2026-01-30', 1)).toBe('2026-02-02')
  })

  it('runs a 15-business-day term over the two June Monday holidays', () => {
    // Mon 1 Jun; Tue 2 (1), 3 (2), 4 (3), Fri 5 (4); Mon 8 holiday; 9 (5), 10 (6), 11 (7), Fri 12 (8);
    // Mon 15 holiday; 16 (9), 17 (10), 18 (11), Fri 19 (12); Mon 22 (13), 23 (14), Wed 24 (15).
    expect(calendar.addBusinessDays('2026-06-01', 15)).toBe('2026-06-24')
  })

  it('runs a 10-business-day term over two November Monday holidays', () => {
    // Fri 30 Oct; Mon 2 Nov holiday; 3 (1), 4 (2), 5 (3), Fri 6 (4); Mon 9 (5), 10 (6), 11 (7), 12 (8),
    // Fri 13 (9); Mon 16 holiday; Tue 17 (10).
    expect(calendar.addBusinessDays('2026-10-30', 10)).toBe('2026-11-17')
  })

  it('starting on a holiday or weekend still counts from the next business day', () => {
    // Sat 21 Mar; Sun 22; Mon 23 holiday; Tue 24 (1).
    expect(calendar.addBusinessDays('2026-03-21', 1)).toBe('2026-03-24')
    expect(calendar.addBusinessDays('2026-03-23', 1)).toBe('2026-03-24')
  })

  it('rejects an impossible date, a negative count and a fractional count', () => {
    expect(() => calendar.addBusinessDays('2026-02-30', 1)).toThrow(/no existe/)
    expect(() => calendar.addBusinessDays('2026-02-01', -1)).toThrow(/entero mayor o igual a cero/)
    expect(() => calendar.addBusinessDays('2026-02-01', 1.5)).toThrow(/entero mayor o igual a cero/)
    expect(() => calendar.addBusinessDays('2026-02-01', Number.NaN)).toThrow(RangeError)
    expect(() => calendar.addBusinessDays('01/02/2026', 1)).toThrow(/formato AAAA-MM-DD/)
  })

  it('handles 100 000 terms quickly (the calendar caches its verdicts)', () => {
    const started = performance.now()
    let last = ''
    for (let i = 0; i < 100_000; i++) last = calendar.addBusinessDays(addDaysIso('2026-01-01', i % 700), 15)
    expect(last).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('other day arithmetic', () => {
  it('addCalendarDays counts every day, holidays included', () => {
    expect(calendar.addCalendarDays('2026-03-20', 5)).toBe('2026-03-25')
    expect(calendar.addCalendarDays('2026-12-31', 0)).toBe('2026-12-31')
    expect(() => calendar.addCalendarDays('2026-03-20', -5)).toThrow(RangeError)
  })

  it('nextBusinessDay is strictly after the date', () => {
    expect(calendar.nextBusinessDay('2026-03-19')).toBe('2026-03-20') // Thu → Fri
    expect(calendar.nextBusinessDay('2026-03-20')).toBe('2026-03-24') // Fri → Tue, Mon is a holiday
  })

  it('R-AGR-08 onOrNextBusinessDay keeps a business day and moves a non-business due date forward', () => {
    expect(calendar.onOrNextBusinessDay('2026-03-20')).toBe('2026-03-20')
    expect(calendar.onOrNextBusinessDay('2026-03-21')).toBe('2026-03-24') // Sat → Tue
    expect(calendar.onOrNextBusinessDay('2026-04-02')).toBe('2026-04-06') // Holy Thursday → Mon
  })

  it('R-COB-04 endOfNextBusinessDay after Friday 13 Nov is the end of Tuesday 17 Nov in Bogota', () => {
    // Mon 16 Nov is a holiday; 17 Nov 23:59:59.999 at UTC-5 is 18 Nov 04:59:59.999Z.
    expect(calendar.endOfNextBusinessDay('2026-11-13').toISOString()).toBe('2026-11-18T04:59:59.999Z')
  })

  it('businessDaysBetween counts days after `from` up to and including `to`', () => {
    expect(calendar.businessDaysBetween('2026-03-20', '2026-03-30')).toBe(5)
    expect(calendar.businessDaysBetween('2026-03-20', '2026-03-24')).toBe(1)
    expect(calendar.businessDaysBetween('2026-03-20', '2026-03-23')).toBe(0)
    expect(calendar.businessDaysBetween('2026-03-20', '2026-03-20')).toBe(0)
    expect(calendar.businessDaysBetween('2026-03-30', '2026-03-20')).toBe(0)
    expect(calendar.businessDaysBetween('2025-12-31', '2026-12-31')).toBe(243)
  })

  it('agrees with addBusinessDays for every term length up to 40', () => {
    for (let n = 0; n <= 40; n++) {
      expect(calendar.businessDaysBetween('2026-03-31', calendar.addBusinessDays('2026-03-31', n))).toBe(n)
    }
  })
})

describe('calendar adjustments', () => {
  it('an institutional closure is a non-business day that shifts a term but is not a holiday', () => {
    const adjusted = createBusinessCalendar({ extraNonBusinessDays: ['2026-02-03'] })
    // Fri 30 Jan; Mon 2 Feb (1); Tue 3 closed; Wed 4 (2).
    expect(adjusted.addBusinessDays('2026-01-30', 2)).toBe('2026-02-04')
    expect(calendar.addBusinessDays('2026-01-30', 2)).toBe('2026-02-03')
    expect(adjusted.isBusinessDay('2026-02-03')).toBe(false)
    expect(adjusted.isHoliday('2026-02-03')).toBe(false)
  })

  it('a struck holiday becomes a business day', () => {
    const adjusted = createBusinessCalendar({ struckHolidays: ['2026-03-23'] })
    expect(adjusted.isHoliday('2026-03-23')).toBe(false)
    expect(adjusted.isBusinessDay('2026-03-23')).toBe(true)
    expect(adjusted.addBusinessDays('2026-03-20', 1)).toBe('2026-03-23')
  })

  it('adjustments of one calendar do not leak into another', () => {
    createBusinessCalendar({ struckHolidays: ['2026-12-25'], extraNonBusinessDays: ['2026-12-24'] })
    expect(calendar.isBusinessDay('2026-12-25')).toBe(false)
    expect(calendar.isBusinessDay('2026-12-24')).toBe(true)
  })

  it('rejects a malformed adjustment date when the calendar is built', () => {
    expect(() => createBusinessCalendar({ extraNonBusinessDays: ['2026-13-01'] })).toThrow(TypeError)
    expect(() => createBusinessCalendar({ struckHolidays: ['23/03/2026'] })).toThrow(TypeError)
  })
})
