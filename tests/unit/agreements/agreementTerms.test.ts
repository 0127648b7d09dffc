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
import { assertExtensionAllowed } from '@/rules/agreements/extension'
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
  const ok = { extensionsGranted: 0, overdueInstalments: 0, requestedOn: '2026-06-01', nextDueOn: '2026-07-01' }

  it('R-AGR-10 asked 30 days before the next instalment, while being met, the first time: allowed', () => {
    expect(() => assertExtensionAllowed(ok)).not.toThrow()
  })

  it('R-AGR-10 asked 29 days before the next instalment is refused', () => {
    const v = violationOf(() => assertExtensionAllowed({ ...ok, requestedOn: '2026-06-02' }))
    expect(v).toMatchObject({ ruleId: 'R-AGR-10', status: 409 })
    expect(v.message).toContain('faltan 29')
  })

  it('R-AGR-10 a second extension is refused', () => {
    expect(violationOf(() => assertExtensionAllowed({ ...ok, extensionsGranted: 1 })).message).toContain('una sola vez')
  })

  it('R-AGR-10 not while an instalment is overdue', () => {
    expect(violationOf(() => assertExtensionAllowed({ ...ok, overdueInstalments: 1 })).message).toContain('cuotas vencidas')
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
