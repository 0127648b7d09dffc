import { describe, expect, it } from 'vitest'
import {
  addDaysIso,
  bogotaDateOf,
  bogotaWallClockOf,
  endOfBogotaDay,
  parseIsoDate,
  weekdayOf,
} from '@/rules/calendar/isoDate'

describe('parseIsoDate', () => {
  it('splits a valid date into numbers', () => {
    expect(parseIsoDate('2026-03-23')).toEqual({ year: 2026, month: 3, day: 23 })
  })

  it('accepts 29 February only in leap years', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
    expect(() => parseIsoDate('2026-02-29')).toThrow(/no existe/)
    expect(() => parseIsoDate('1900-02-29')).toThrow(TypeError)
  })

  it.each(['2026-2-01', '2026-02-1', '26-02-01', '2026/02/01', '2026-02-01T00:00:00Z', ' 2026-02-01', ''])(
    'rejects the malformed string %j',
    (input) => {
      expect(() => parseIsoDate(input)).toThrow(/formato AAAA-MM-DD/)
    },
  )

  it.each(['2026-00-10', '2026-13-01', '2026-04-31', '2026-01-00', '2026-01-32'])(
    'rejects the impossible date %s',
    (input) => {
      expect(() => parseIsoDate(input)).toThrow(/no existe/)
    },
  )

  it('rejects a value that is not a string', () => {
    expect(() => parseIsoDate(20260201 as unknown as string)).toThrow(TypeError)
    expect(() => parseIsoDate(null as unknown as string)).toThrow(TypeError)
  })
})

describe('addDaysIso', () => {
  it('crosses month, leap-day and year boundaries', () => {
    expect(addDaysIso('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDaysIso('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDaysIso('2026-01-01', -1)).toBe('2025-12-31')
    expect(addDaysIso('2026-01-01', 365)).toBe('2027-01-01')
  })

  it('rejects a fractional day count', () => {
    expect(() => addDaysIso('2026-01-01', 0.5)).toThrow(RangeError)
    expect(() => addDaysIso('2026-01-01', Number.NaN)).toThrow(RangeError)
  })
})

describe('weekdayOf', () => {
  it('numbers the days from Sunday = 0', () => {
    expect(weekdayOf('2026-01-01')).toBe(4) // Thursday
    expect(weekdayOf('2026-03-22')).toBe(0) // Sunday
    expect(weekdayOf('2026-03-23')).toBe(1) // Monday
    expect(weekdayOf('2026-03-28')).toBe(6) // Saturday
    expect(weekdayOf('1969-12-31')).toBe(3) // before the epoch: Wednesday
  })
})

describe('bogotaDateOf', () => {
  it('returns the Bogota date, which lags UTC by five hours', () => {
    expect(bogotaDateOf(new Date('2026-01-01T03:00:00Z'))).toBe('2025-12-31')
    expect(bogotaDateOf(new Date('2026-01-01T04:59:59.999Z'))).toBe('2025-12-31')
    expect(bogotaDateOf(new Date('2026-01-01T05:00:00Z'))).toBe('2026-01-01')
  })

  it('rejects an invalid Date', () => {
    expect(() => bogotaDateOf(new Date('nope'))).toThrow(TypeError)
  })
})

describe('endOfBogotaDay', () => {
  it('is 23:59:59.999 Bogota, i.e. 04:59:59.999Z the next UTC day', () => {
    expect(endOfBogotaDay('2026-01-01').toISOString()).toBe('2026-01-02T04:59:59.999Z')
    expect(endOfBogotaDay('2026-12-31').toISOString()).toBe('2027-01-01T04:59:59.999Z')
  })

  it('still falls on the same Bogota date', () => {
    const end = endOfBogotaDay('2026-06-15')
    expect(bogotaDateOf(end)).toBe('2026-06-15')
    expect(bogotaDateOf(new Date(end.getTime() + 1))).toBe('2026-06-16')
  })

  it('rejects a malformed date', () => {
    expect(() => endOfBogotaDay('2026-06-31')).toThrow(TypeError)
  })
})

describe('bogotaWallClockOf (offset read from the tz database once per UTC hour)', () => {
  const intlWallClock = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Bogota',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const fromTzData = (instant: Date) =>
    Object.fromEntries(intlWallClock.formatToParts(instant).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]))

  it('equals Intl on instants from 1900 to 2100, repeated (cached) reads included', () => {
    let seed = 42
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const from = Date.UTC(1900, 0, 1)
    const to = Date.UTC(2100, 0, 1)
    for (let i = 0; i < 4_000; i++) {
      const instant = new Date(from + Math.floor(random() * (to - from)))
      expect(bogotaWallClockOf(instant)).toEqual(fromTzData(instant))
      expect(bogotaWallClockOf(instant)).toEqual(fromTzData(instant))
    }
  })

  it('follows the tz database across Colombia\'s 1992–93 daylight saving time, minute by minute around each change', () => {
    // Colombia advanced its clocks on 3 May 1992 (-05 → -04) and went back on 4 April 1993.
    for (const change of [Date.UTC(1992, 4, 3, 5), Date.UTC(1993, 3, 4, 4)]) {
      for (let minute = -90; minute <= 90; minute++) {
        const instant = new Date(change + minute * 60_000 + 17_000)
        expect(bogotaWallClockOf(instant)).toEqual(fromTzData(instant))
      }
    }
  })

  it('bogotaDateOf, built on it, equals Intl\'s Bogota calendar date (1992–93 included)', () => {
    const intlDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota', year: 'numeric', month: '2-digit', day: '2-digit' })
    for (let ms = Date.UTC(1992, 3, 1); ms < Date.UTC(1993, 5, 1); ms += 3_600_000 + 61_000) {
      expect(bogotaDateOf(new Date(ms))).toBe(intlDate.format(new Date(ms)))
    }
  })
})
