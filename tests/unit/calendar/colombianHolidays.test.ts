import { describe, expect, it } from 'vitest'
import { nationalHolidays } from '@/rules/calendar/colombianHolidays'

describe('nationalHolidays', () => {
  it('leaves out Easter Sunday, which the library lists but Ley 51 de 1983 does not', () => {
    expect(nationalHolidays(2026)).not.toContain('2026-04-05')
    expect(nationalHolidays(2026)).not.toContain('2026-03-29') // Palm Sunday, an observance only
  })

  it('has no 9 July holiday before Ley 2578 de 2026: 2025 has 18 holidays on 17 days', () => {
    const holidays = nationalHolidays(2025)
    // Sagrado Corazón and San Pedro (29 June, a Sunday) were both observed Monday 30 June 2025.
    expect(holidays).toHaveLength(17)
    expect(holidays).toContain('2025-06-30')
    expect(holidays.filter((d) => d.startsWith('2025-07'))).toEqual(['2025-07-20'])
  })

  it.each([
    [2026, '2026-07-13'], // Thursday 9 July → Monday 13
    [2027, '2027-07-12'], // Friday 9 July → Monday 12
    [2028, '2028-07-10'], // Sunday 9 July → Monday 10
    [2029, '2029-07-09'], // 9 July 2029 is a Monday: observed that day
  ])('observes Virgen de Chiquinquirá (9 July, Ley 2578 de 2026) in %i on the next Monday, %s', (year, monday) => {
    const holidays = nationalHolidays(year)
    expect(holidays).toContain(monday)
    expect(holidays).toHaveLength(19)
    expect(holidays).toContain(`${year}-07-20`) // Independence Day is not moved
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
