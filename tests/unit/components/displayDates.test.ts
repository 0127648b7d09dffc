import { describe, expect, it } from 'vitest'

import { formatDateTime, formatDayMonthYear, formatFileSize, formatIsoDate } from '@/components/displayDates'

describe('display formats of the admin', () => {
  it('R-CAR-01: dates read dd/mm/aaaa on Bogota’s calendar, whatever the instant’s UTC day', () => {
    expect(formatDayMonthYear('2026-02-14T12:00:00.000Z')).toBe('14/02/2026')
    // 02:00 UTC on the 15th is still the 14th in Bogotá (UTC−5).
    expect(formatDayMonthYear('2026-02-15T02:00:00.000Z')).toBe('14/02/2026')
    expect(formatDayMonthYear(null)).toBe('')
    expect(formatIsoDate('2026-05-15')).toBe('15/05/2026')
  })

  it('R-REQ-05: comment and status times read dd/mm/aaaa hh:mm, Bogotá time', () => {
    expect(formatDateTime('2026-11-25T18:59:00.000Z')).toBe('25/11/2026 13:59')
    expect(formatDateTime('2026-11-26T04:05:00.000Z')).toBe('25/11/2026 23:05')
  })

  it('R-REQ-04: attachment sizes in B, kB and MB with a decimal comma', () => {
    expect(formatFileSize(69)).toBe('69 B')
    expect(formatFileSize(12_500)).toBe('12,5 kB')
    expect(formatFileSize(10_000_000)).toBe('10,0 MB')
    expect(formatFileSize(null)).toBe('')
  })
})
