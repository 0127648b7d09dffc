import { describe, expect, it } from 'vitest'

import { describeAdjustmentsChange } from '@/rules/calendar/adjustmentsChange'
import { holidayListAround, holidayListChange } from '@/rules/calendar/holidayList'

describe('describeAdjustmentsChange (administrator settings)', () => {
  it('R-NOT-01 says which extra non-business days and struck holidays were added or removed', () => {
    expect(
      describeAdjustmentsChange(
        { extraNonBusinessDays: [{ date: '2026-07-22T12:00:00.000Z', reason: 'Inventario' }], struckHolidays: [] },
        { extraNonBusinessDays: [{ date: '2026-07-24T12:00:00.000Z', reason: 'Traslado de sede' }], struckHolidays: [{ date: '2026-07-13', reason: 'x' }] },
      ),
    ).toBe(
      'Parámetros: día no hábil adicional 2026-07-24 agregado (Traslado de sede); día no hábil adicional 2026-07-22 retirado; festivo descartado 2026-07-13 agregado (x)',
    )
  })

  it('R-NOT-01 a new reason on the same day, or no calendar change at all, moves nothing', () => {
    const before = { extraNonBusinessDays: [{ date: '2026-07-22', reason: 'Inventario' }] }
    expect(describeAdjustmentsChange(before, { extraNonBusinessDays: [{ date: '2026-07-22', reason: 'Inventario anual' }] })).toBeNull()
    expect(describeAdjustmentsChange({}, { extraNonBusinessDays: [], struckHolidays: null })).toBeNull()
  })
})

describe('holidayList (library updates)', () => {
  const current = holidayListAround('2026-11-30')

  it('covers last year through two years ahead, including 13 July 2026, with a stable fingerprint', () => {
    expect([current.fromYear, current.toYear]).toEqual([2025, 2028])
    expect(current.holidays).toContain('2026-07-13')
    expect(current.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(holidayListAround('2026-01-01').fingerprint).toBe(current.fingerprint)
  })

  it('R-NOT-01 a holiday the library adds (Ley 2578 de 2026) is a change, named in the cause', () => {
    const before = { ...current, fingerprint: 'old', holidays: current.holidays.filter((d) => d.slice(5) !== '07-13' && d !== '2027-07-12' && d !== '2028-07-10') }
    expect(holidayListChange(before, current)).toBe('lista de festivos nacionales actualizada: festivos agregados 2026-07-13, 2027-07-12, 2028-07-10')
  })

  it('R-NOT-01 the same list, or a window that moved with the new year, is no change; no record yet is checked once', () => {
    expect(holidayListChange(current, holidayListAround('2026-05-05'))).toBeNull()
    expect(holidayListChange(current, holidayListAround('2027-01-02'))).toBeNull()
    expect(holidayListChange(null, current)).toMatch(/primera vez/)
  })
})
