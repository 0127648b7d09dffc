import { describe, expect, it } from 'vitest'
import { nationalHolidays } from '../../../src/rules/calendar/colombianHolidays'

describe('nationalHolidays', () => {
  it('leaves out Easter Sunday, which the library lists but Ley 51 de 1983 does not', () => {
    expect(nationalHolidays(2026)).not.toContain('2026-04-05')
    expect(nationalHolidays(2026)).not.toContain('2026-03-29') // Palm Sunday, an observance only
  })

  it('moves Emiliani holidays to Monday using the local date, not the UTC instant', () => {
    // San José (19 Mar 2027, a Friday) is observed Monday 22 Mar 2027.
    expect(nationalHolidays(2027)).toContain('2027-03-22')
    expect(nationalHolidays(2027)).not.toContain('2027-03-19')
  })

  it('lists each day once even when two movable holidays share a Monday', () => {
    // 2038: Sagrado Corazón (Easter 25 Apr + 71) and San Pedro (29 Jun → next Monday) both land on 5 Jul.
    const holidays = nationalHolidays(2038)
    expect(holidays.filter((d) => d === '2038-07-05')).toHaveLength(1)
    expect(new Set(holidays).size).toBe(holidays.length)
  })

  it('returns a sorted copy the caller cannot use to corrupt the cache', () => {
    const first = nationalHolidays(2026)
    expect([...first].sort()).toEqual(first)
    first.push('2026-02-02')
    expect(nationalHolidays(2026)).not.toContain('2026-02-02')
  })

  it.each([2026.5, Number.NaN, 999, 10000])('rejects the year %s', (year) => {
    expect(() => nationalHolidays(year)).toThrow(RangeError)
  })
})
