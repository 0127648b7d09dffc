import { describe, expect, it } from 'vitest'

import { createBusinessCalendar } from '@/rules/calendar'
import {
  analysisDeadline,
  assertRejectionReasons,
  isDeemedWithdrawn,
  perfectionDeadline,
  rejectionNoticeDeadline,
  requirementsDeadline,
} from '@/rules/agreements/analysisTerms'
import { demandDeadline, missedInstalments, voidResolutionFor } from '@/rules/agreements/defaultTerms'
import { assertExtensionAllowed, extendSchedule, firstExtendedInstalment } from '@/rules/agreements/extension'
import { violationOf } from '../helpers/violationOf'

const calendar = createBusinessCalendar()

describe('analysis terms (R-AGR-06)', () => {
  it('R-AGR-06 ten business days to analyse (across the 2 and 16 November 2026 holidays)', () => {
    // Fri 30 Oct + 10 business days, skipping weekends and Mondays 2 and 16 Nov → Tue 17 Nov.
    expect(analysisDeadline('2026-10-30', calendar)).toBe('2026-11-17')
  })

  it('R-AGR-06 missing requirements: at most ten calendar days', () => {
    expect(requirementsDeadline({ askedOn: '2026-11-05', days: 10, calendar })).toBe('2026-11-15')
    expect(violationOf(() => requirementsDeadline({ askedOn: '2026-11-05', days: 11, calendar }))).toMatchObject({ ruleId: 'R-AGR-06', path: 'requirementsDays' })
  })

  it('R-AGR-06 guarantees perfected in three months (real) or one month (others)', () => {
    expect(perfectionDeadline('2026-11-05', 'REAL')).toBe('2027-02-05')
    expect(perfectionDeadline('2026-11-05', 'OTRA')).toBe('2026-12-05')
    expect(perfectionDeadline('2026-11-05', 'NINGUNA')).toBeNull()
  })

  it('R-AGR-06 a rejection is communicated with reasons within five business days of the term', () => {
    expect(rejectionNoticeDeadline('2026-11-13', calendar)).toBe('2026-11-23') // Mon 16 Nov is a holiday
    expect(violationOf(() => assertRejectionReasons('no'))).toMatchObject({ ruleId: 'R-AGR-06', path: 'rejectionReasons' })
    expect(() => assertRejectionReasons('Capacidad de pago insuficiente según estados financieros.')).not.toThrow()
  })

  it('R-AGR-06 a term passed without requirements or perfection means the request is deemed withdrawn', () => {
    expect(isDeemedWithdrawn({ today: '2026-11-15', requirementsDueOn: '2026-11-15' })).toBe(false)
    expect(isDeemedWithdrawn({ today: '2026-11-16', requirementsDueOn: '2026-11-15' })).toBe(true)
    expect(isDeemedWithdrawn({ today: '2026-12-06', perfectionDueOn: '2026-12-05' })).toBe(true)
  })
})

describe('extension of the term (R-AGR-10)', () => {
  const ok = { extensionsGranted: 0, overdueInstalments: 0, nextDueOn: '2026-07-01' }
  // Granted Mon 1 Jun 2026, 3 monthly instalments after the down payment (paid).
  const instalments = [
    { number: 0, dueOn: '2026-06-01', amount: 300_000, paidAmount: 300_000 },
    { number: 1, dueOn: '2026-07-01', amount: 900_000, paidAmount: 0 },
    { number: 2, dueOn: '2026-08-03', amount: 900_000, paidAmount: 0 },
    { number: 3, dueOn: '2026-09-01', amount: 900_000, paidAmount: 0 },
  ]

  it('R-AGR-10 the first time, while being met, with instalments pending: allowed', () => {
    expect(() => assertExtensionAllowed(ok)).not.toThrow()
  })

  it('R-AGR-10 asked 30 days before the next instalment: it is re-scheduled from that one', () => {
    expect(firstExtendedInstalment(instalments, '2026-06-01')).toEqual({ number: 1, daysToNext: 30 })
  })

  it('R-AGR-10 asked 29 days before the next instalment: not refused, it applies from the following one', () => {
    expect(firstExtendedInstalment(instalments, '2026-06-02')).toEqual({ number: 2, daysToNext: 29 })
  })

  it('R-AGR-10 asked 29 days before the last instalment: nothing after it, refused', () => {
    const v = violationOf(() => firstExtendedInstalment(instalments.map((i) => (i.number < 3 ? { ...i, paidAmount: i.amount } : i)), '2026-08-04'))
    expect(v).toMatchObject({ ruleId: 'R-AGR-10', status: 409 })
    expect(v.message).toContain('faltan 28')
  })

  it('R-AGR-10 a second extension is refused', () => {
    expect(violationOf(() => assertExtensionAllowed({ ...ok, extensionsGranted: 1 })).message).toContain('una sola vez')
  })

  it('R-AGR-10 not while an instalment is overdue', () => {
    expect(violationOf(() => assertExtensionAllowed({ ...ok, overdueInstalments: 1 })).message).toContain('cuotas vencidas')
  })

  it('R-AGR-10 the instalments left are re-split over the new term, due dates counted from the grant (R-AGR-08)', () => {
    const schedule = extendSchedule({ instalments, fromNumber: 2, startOn: '2026-06-01', periodicity: 'MENSUAL', currentTermMonths: 3, newTermMonths: 6, calendar })
    // 1.800.000 owed by instalments 2 and 3, now over instalments 2…6: 360.000 each.
    // 1 Nov 2026 is a Sunday → Mon 2 Nov is a holiday → Tue 3 Nov; 1 Oct is a Thursday; 1 Dec a Tuesday.
    expect(schedule.map((i) => [i.number, i.dueOn, i.amount])).toEqual([
      [2, '2026-08-03', 360_000],
      [3, '2026-09-01', 360_000],
      [4, '2026-10-01', 360_000],
      [5, '2026-11-03', 360_000],
      [6, '2026-12-01', 360_000],
    ])
  })

  it('R-AGR-10 what an instalment already paid stays paid; the new term is longer and a whole number of periods', () => {
    const partly = instalments.map((i) => (i.number === 1 ? { ...i, paidAmount: 100_000 } : i))
    const schedule = extendSchedule({ instalments: partly, fromNumber: 1, startOn: '2026-06-01', periodicity: 'MENSUAL', currentTermMonths: 3, newTermMonths: 4, calendar })
    expect(schedule.map((i) => [i.number, i.amount, i.paidAmount])).toEqual([
      [1, 100_000 + 650_000, 100_000],
      [2, 650_000, 0],
      [3, 650_000, 0],
      [4, 650_000, 0],
    ])
    const base = { instalments, fromNumber: 1, startOn: '2026-06-01', currentTermMonths: 3, calendar }
    expect(violationOf(() => extendSchedule({ ...base, periodicity: 'MENSUAL', newTermMonths: 3 })).ruleId).toBe('R-AGR-10')
    expect(violationOf(() => extendSchedule({ ...base, periodicity: 'BIMESTRAL', newTermMonths: 5 })).ruleId).toBe('R-AGR-08')
  })
})

describe('default (R-AGR-11, R-AGR-12)', () => {
  const instalments = [
    { number: 1, dueOn: '2026-07-14', amount: 300_000, paidAmount: 300_000 },
    { number: 2, dueOn: '2026-08-13', amount: 300_000, paidAmount: 100_000 },
    { number: 3, dueOn: '2026-09-14', amount: 300_000, paidAmount: 0 },
  ]

  it('R-AGR-11 an instalment is missed once its due business day has ended unpaid', () => {
    expect(missedInstalments(instalments, '2026-08-13')).toEqual([])
    expect(missedInstalments(instalments, '2026-08-14').map((i) => i.number)).toEqual([2])
  })

  it('R-AGR-11 the demand gives fifteen business days to prove payment', () => {
    // Fri 14 Aug 2026 + 15 business days; Mon 17 Aug is a holiday → Mon 7 Sep.
    expect(demandDeadline('2026-08-14', calendar)).toBe('2026-09-07')
  })

  it('R-AGR-12 the void resolution waits for the demand term to pass', () => {
    expect(violationOf(() => voidResolutionFor({ today: '2026-09-07', demandDueOn: '2026-09-07', instalments })).ruleId).toBe('R-AGR-12')
    expect(violationOf(() => voidResolutionFor({ today: '2026-09-08', demandDueOn: null, instalments })).message).toContain('R-AGR-11')
  })

  it('R-AGR-12 after the term it lists the unpaid instalments, the balance and the order to enforce guarantees', () => {
    expect(voidResolutionFor({ today: '2026-09-08', demandDueOn: '2026-09-07', instalments })).toEqual({
      unpaidInstalments: [{ number: 2, dueOn: '2026-08-13', owed: 200_000 }],
      outstanding: 500_000,
      enforceGuarantees: true,
    })
  })

  it('R-AGR-12 nothing to declare when the debtor paid what was demanded', () => {
    const paid = instalments.map((i) => (i.number === 2 ? { ...i, paidAmount: 300_000 } : i))
    expect(violationOf(() => voidResolutionFor({ today: '2026-09-08', demandDueOn: '2026-09-07', instalments: paid })).message).toContain('sigue vigente')
  })
})
