import { describe, expect, it } from 'vitest'

import { dayMonthYearOf, isoFromDayMonthYear } from '@/rules/dates/dayMonthYear'

describe('dd/MM/yyyy dates (issue 14: dates entered and shown as dd/MM/yyyy)', () => {
  it('dd/MM/yyyy: 30/11/2026 is 30 November, not the 11th of a 30th month', () => {
    expect(isoFromDayMonthYear('30/11/2026')).toBe('2026-11-30')
    expect(isoFromDayMonthYear(' 1/2/2026 ')).toBe('2026-02-01')
    expect(isoFromDayMonthYear('05/03/2026')).toBe('2026-03-05')
  })
  it('dd/MM/yyyy: an ISO date from a link passes through', () => {
    expect(isoFromDayMonthYear('2026-11-30')).toBe('2026-11-30')
  })
  it('dd/MM/yyyy: days off the calendar and other shapes are refused', () => {
    expect(isoFromDayMonthYear('31/02/2026')).toBeNull()
    expect(isoFromDayMonthYear('11/30/2026')).toBeNull()
    expect(isoFromDayMonthYear('2026/11/30')).toBeNull()
    expect(isoFromDayMonthYear('30-11-2026')).toBeNull()
    expect(isoFromDayMonthYear('')).toBeNull()
  })
  it('dd/MM/yyyy: shown back as the user reads it', () => {
    expect(dayMonthYearOf('2026-11-30')).toBe('30/11/2026')
    expect(dayMonthYearOf('30/11/2026')).toBe('30/11/2026')
    expect(dayMonthYearOf(undefined)).toBe('')
  })
})
