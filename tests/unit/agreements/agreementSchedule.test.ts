import { describe, expect, it } from 'vitest'

import { applyAgreementPayment, isExtraordinary, lateInstalmentInterest } from '@/rules/agreements/agreementPayment'
import { buildSchedule, isPastDue, type ScheduleInput } from '@/rules/agreements/schedule'
import { createBusinessCalendar } from '@/rules/calendar'
import type { RatePeriod } from '@/rules/cases/interest'
import { violationOf } from '../helpers/violationOf'

const calendar = createBusinessCalendar()
const rates: RatePeriod[] = [{ from: '2026-01-01', to: '2027-12-31', annualRatePercent: '24' }]

const input: ScheduleInput = {
  total: 1_000_000,
  costs: 10_000,
  interest: 90_000,
  obligations: [
    { period: '2026-02', concept: 'APORTES_EN_MORA', capital: 450_000 },
    { period: '2026-01', concept: 'APORTES_EN_MORA', capital: 450_000 },
  ],
  downPayment: 100_000,
  termMonths: 3,
  periodicity: 'MENSUAL',
  // Saturday; Mon 15 Jun and Mon 13 Jul 2026 are holidays.
  startOn: '2026-06-13',
  calendar,
}

describe('instalment schedule (R-AGR-08)', () => {
  it('R-AGR-08 number, amount, due date and the obligations each pays (costs → interest → capital, oldest first)', () => {
    expect(buildSchedule(input)).toEqual([
      { number: 0, dueOn: '2026-06-16', amount: 100_000, pays: ['Costas', 'Intereses'] },
      { number: 1, dueOn: '2026-07-14', amount: 300_000, pays: ['2026-01 APORTES_EN_MORA'] },
      { number: 2, dueOn: '2026-08-13', amount: 300_000, pays: ['2026-01 APORTES_EN_MORA', '2026-02 APORTES_EN_MORA'] },
      { number: 3, dueOn: '2026-09-14', amount: 300_000, pays: ['2026-02 APORTES_EN_MORA'] },
    ])
  })

  it('R-AGR-08 a due date on a holiday (Mon 13 Jul 2026) moves to the next business day', () => {
    expect(calendar.isHoliday('2026-07-13')).toBe(true)
    expect(buildSchedule(input)[1]!.dueOn).toBe('2026-07-14')
  })

  it('R-AGR-08 integer pesos: the remainder goes on the last instalment', () => {
    const odd = buildSchedule({ ...input, total: 1_000_001, costs: 10_001 })
    expect(odd.map((i) => i.amount)).toEqual([100_000, 300_000, 300_000, 300_001])
    expect(odd.reduce((s, i) => s + i.amount, 0)).toBe(1_000_001)
  })

  it('R-AGR-08 quarterly instalments over 12 months: four, three months apart', () => {
    const quarterly = buildSchedule({ ...input, termMonths: 12, periodicity: 'TRIMESTRAL', startOn: '2026-01-15' })
    expect(quarterly.map((i) => i.dueOn)).toEqual(['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15', '2027-01-15'])
    expect(quarterly.map((i) => i.amount)).toEqual([100_000, 225_000, 225_000, 225_000, 225_000])
  })

  it('R-AGR-08 the term is a whole number of periods and the total adds up', () => {
    expect(violationOf(() => buildSchedule({ ...input, termMonths: 4, periodicity: 'TRIMESTRAL' }))).toMatchObject({ ruleId: 'R-AGR-08', path: 'termMonths' })
    expect(violationOf(() => buildSchedule({ ...input, total: 999_999 })).ruleId).toBe('R-AGR-08')
  })

  it('R-AGR-08 an instalment is late only after the end of its due business day', () => {
    expect(isPastDue('2026-07-14', '2026-07-14')).toBe(false)
    expect(isPastDue('2026-07-14', '2026-07-15')).toBe(true)
  })
})

const schedule = () =>
  [
    { number: 0, dueOn: '2026-06-16', amount: 100_000, paidAmount: 100_000 },
    { number: 1, dueOn: '2026-07-14', amount: 300_000, paidAmount: 0 },
    { number: 2, dueOn: '2026-08-13', amount: 300_000, paidAmount: 0 },
    { number: 3, dueOn: '2026-09-14', amount: 400_000, paidAmount: 0 },
  ]

describe('payments against the agreement (R-INT-02, R-AGR-09, R-AGR-13)', () => {
  it('R-INT-02 an instalment paid on its due date pays it; no interest', () => {
    const result = applyAgreementPayment({ instalments: schedule(), amount: 300_000, paidOn: '2026-07-14', rates })
    expect(result).toMatchObject({ kind: 'CUOTA', lateInterest: 0, outstanding: 700_000 })
    expect(result.instalments[1]).toMatchObject({ paidAmount: 300_000, status: 'PAGADA' })
  })

  it('R-INT-02 costs first, then interest, then the instalments', () => {
    const result = applyAgreementPayment({ instalments: schedule(), amount: 50_000, paidOn: '2026-07-01', rates, costs: 20_000 })
    expect(result.application).toMatchObject({ toCosts: 20_000, toInterest: 0, toCapital: 30_000 })
  })

  it('R-AGR-09 19.99% of the balance beyond what is due is an advance on the next instalments', () => {
    // Balance 1.000.000 owed, nothing due on 1 July: 199.900 = 19,99 %.
    const result = applyAgreementPayment({ instalments: schedule(), amount: 199_900, paidOn: '2026-07-01', rates })
    expect(result.kind).toBe('ANTICIPO')
    expect(result.instalments.map((i) => i.amount)).toEqual([100_000, 300_000, 300_000, 400_000])
    expect(result.instalments[1]).toMatchObject({ paidAmount: 199_900, status: 'ABONADA' })
  })

  it('R-AGR-09 20% of the balance is extraordinary and re-liquidates the instalments left', () => {
    const result = applyAgreementPayment({ instalments: schedule(), amount: 200_000, paidOn: '2026-07-01', rates })
    expect(result.kind).toBe('EXTRAORDINARIO')
    // 1.000.000 − 200.000 = 800.000 over the three instalments left, remainder on the last.
    expect(result.instalments.slice(1).map((i) => i.amount)).toEqual([266_666, 266_666, 266_668])
    expect(result.outstanding).toBe(800_000)
    expect(isExtraordinary(199_999, 1_000_000)).toBe(false)
    expect(isExtraordinary(200_000, 1_000_000)).toBe(true)
  })

  it('R-AGR-13 a payment one day into a new month owes two months of interest', () => {
    const late = schedule()[1]!
    // Due 14 Jul; paid 14 Aug = one month; 15 Aug = one month and a fraction → two months.
    expect(lateInstalmentInterest(late, '2026-07-14', rates)).toBe(0)
    expect(lateInstalmentInterest(late, '2026-08-14', rates)).toBe(6_000) // 300.000 × 24 % / 12
    expect(lateInstalmentInterest(late, '2026-08-15', rates)).toBe(12_000)
  })

  it('R-AGR-13 the late interest is paid before the instalment (R-INT-02)', () => {
    const result = applyAgreementPayment({ instalments: schedule(), amount: 312_000, paidOn: '2026-08-15', rates })
    // Instalment 1 is two months late (12.000); instalment 2 (due 13 Aug) two days: one month (6.000).
    expect(result.lateInterest).toBe(18_000)
    expect(result.application).toMatchObject({ toInterest: 18_000, toCapital: 294_000 })
    expect(result.instalments[1]).toMatchObject({ paidAmount: 294_000, status: 'VENCIDA', lateInterest: 12_000 })
  })

  it('R-AGR-09 a payment above what the agreement owes is refused', () => {
    expect(violationOf(() => applyAgreementPayment({ instalments: schedule(), amount: 1_000_001, paidOn: '2026-07-01', rates })).ruleId).toBe('R-AGR-09')
  })
})
