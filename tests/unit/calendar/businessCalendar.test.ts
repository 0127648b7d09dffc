import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from '@/rules/calendar/businessCalendar'
import { nationalHolidays } from '@/rules/calendar/colombianHolidays'
import { addDaysIso, weekdayOf } from '@/rules/calendar/isoDate'

// The national calendar of 2026 (Ley 51 de 1983, "Ley Emiliani"): 19 days, with Virgen de
// Chiquinquirá (9 July, Ley 2578 de 2026) observed Monday 13 July.
const NATIONAL_HOLIDAYS_2026 = [
  '2026-01-01', '2026-01-12', '2026-03-23', '2026-04-02', '2026-04-03', '2026-05-01',
  '2026-05-18', '2026-06-08', '2026-06-15', '2026-06-29', '2026-07-13', '2026-07-20',
  '2026-08-07', '2026-08-17', '2026-10-12', '2026-11-02', '2026-11-16', '2026-12-08',
  '2026-12-25',
]

const calendar = createBusinessCalendar()

describe('national calendar of 2026', () => {
  it('has 19 holidays, exactly, with Virgen de Chiquinquirá on Monday 13 July (Ley 2578 de 2026)', () => {
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
    // 2026 has 261 weekdays and all 19 holidays fall on a weekday.
    expect(businessDays).toBe(261 - 19)
  })
})

describe('terms across the Virgen de Chiquinquirá holiday (Ley 2578 de 2026)', () => {
  it('R-COB-04 a five-business-day term from Friday 10 July 2026 skips 13 July and 20 July: it ends Tuesday 21 July', () => {
    // Mon 13 holiday; 14 (1), 15 (2), 16 (3), Fri 17 (4); Mon 20 holiday (Independence, not moved); Tue 21 (5).
    expect(calendar.addBusinessDays('2026-07-10', 5)).toBe('2026-07-21')
    expect(calendar.addBusinessDays('2026-07-10', 1)).toBe('2026-07-14')
    expect(calendar.nextBusinessDay('2026-07-10')).toBe('2026-07-14')
    expect(calendar.businessDaysBetween('2026-07-10', '2026-07-21')).toBe(5)
  })

  it('R-COB-05 a ten-business-day appeal term from Wednesday 8 July 2026 ends Friday 24 July', () => {
    // 9 (1), 10 (2), [13], 14 (3), 15 (4), 16 (5), 17 (6), [20], 21 (7), 22 (8), 23 (9), 24 (10).
    expect(calendar.addBusinessDays('2026-07-08', 10)).toBe('2026-07-24')
  })

  it('R-COB-04 in 2025, before the law, 14 July 2025 is an ordinary Monday', () => {
    // Fri 11 July 2025: Mon 14 (1) … Fri 18 (5).
    expect(calendar.isBusinessDay('2025-07-14')).toBe(true)
    expect(calendar.addBusinessDays('2025-07-11', 5)).toBe('2025-07-18')
  })

  it('R-COB-04 a term over 12 July 2027 and over 10 July 2028 skips the observed Monday', () => {
    // Fri 9 Jul 2027: [12], 13 (1), 14 (2), 15 (3), 16 (4), 19 (5); [20, a Tuesday holiday], 21 (6).
    expect(calendar.addBusinessDays('2027-07-09', 5)).toBe('2027-07-19')
    expect(calendar.addBusinessDays('2027-07-09', 6)).toBe('2027-07-21')
    // 9 July 2028 is a Sunday: observed Monday 10 July; Fri 7 Jul + 1 → Tue 11.
    expect(calendar.addBusinessDays('2028-07-07', 1)).toBe('2028-07-11')
  })

  it('an administrator can still strike the day, which makes it a business day again', () => {
    const struck = createBusinessCalendar({ struckHolidays: ['2026-07-13'] })
    expect(struck.isBusinessDay('2026-07-13')).toBe(true)
    expect(struck.addBusinessDays('2026-07-10', 1)).toBe('2026-07-13')
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

  it('gives the same verdicts from its cache as a fresh calendar, over 700 start days (speed: npm run bench:sweep)', () => {
    for (let i = 0; i < 1_400; i++) {
      const start = addDaysIso('2026-01-01', i % 700)
      expect(calendar.addBusinessDays(start, 15)).toBe(createBusinessCalendar().addBusinessDays(start, 15))
    }
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
    expect(calendar.businessDaysBetween('2025-12-31', '2026-12-31')).toBe(242)
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
