import { describe, expect, it } from 'vitest'

import { createBusinessCalendar } from '@/rules/calendar'
import { deriveNotificationDates } from '@/rules/cases/notificationDates'
import {
  assertAuctionAnnouncement,
  isDueForTakeDown,
  noticeDates,
  noticePeriod,
  NOTICE_KINDS,
} from '@/rules/notices/noticeDates'
import { RuleViolation } from '@/rules/ruleViolation'

const calendar = createBusinessCalendar()

const refusalOf = (run: () => unknown): RuleViolation => {
  try {
    run()
  } catch (error) {
    if (error instanceof RuleViolation) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('noticePeriod', () => {
  it.each([
    // [posted, last day up, deemed notified at the end of, why]
    ['2026-12-01', '2026-12-07', '2026-12-09', 'Tuesday 8 December 2026 (Inmaculada Concepción) is skipped after the take-down'],
    ['2026-03-16', '2026-03-20', '2026-03-24', 'Monday 23 March 2026 (San José) is skipped'],
    ['2026-03-30', '2026-04-07', '2026-04-08', 'Holy Thursday and Good Friday 2026 do not count'],
    ['2026-12-29', '2027-01-05', '2027-01-06', 'across the new year: 1 January 2027 does not count; Reyes 2027 moves to 11 January'],
    ['2027-01-09', '2027-01-18', '2027-01-19', 'posted on a Saturday before Reyes (Monday 11 January 2027): counting starts Tuesday'],
    ['2027-03-22', '2027-03-31', '2027-04-01', 'posted on San José 2027 (Monday 22 March) and Holy Week 2027 (25–26 March)'],
    ['2027-11-10', '2027-11-17', '2027-11-18', 'Monday 15 November 2027 (Independencia de Cartagena) does not count'],
  ])('R-NOT-02 R-COB-04 posted %s → up until %s, notified at the end of %s (%s)', (posted, takeDownOn, deemedNotifiedOn) => {
    expect(noticePeriod(posted, calendar)).toEqual({ takeDownOn, deemedNotifiedOn })
  })

  it('R-NOT-02 five business days counting the posting day: exactly five business days are covered', () => {
    for (const posted of ['2026-06-05', '2026-10-09', '2027-06-04', '2027-12-22']) {
      const { takeDownOn } = noticePeriod(posted, calendar)
      const firstDay = calendar.onOrNextBusinessDay(posted)
      expect(calendar.businessDaysBetween(firstDay, takeDownOn) + 1).toBe(5)
    }
  })

  it('R-COB-04 R-COB-11 the notification record derives the same take-down and notification dates as the notice', () => {
    for (const posted of ['2026-12-01', '2026-12-29', '2027-03-22']) {
      const period = noticePeriod(posted, calendar)
      const derived = deriveNotificationDates({ act: 'MANDAMIENTO_DE_PAGO', mailReturnedOn: '2026-01-05', noticePostedOn: posted }, calendar)
      expect({ takeDownOn: derived.noticeTakeDownOn, deemedNotifiedOn: derived.notifiedOn }).toEqual(period)
    }
  })

  it('R-NOT-02 an institutional closure added by the administrator lengthens the posting', () => {
    const closed = createBusinessCalendar({ extraNonBusinessDays: ['2026-12-03'] })
    expect(noticePeriod('2026-12-01', closed)).toEqual({ takeDownOn: '2026-12-09', deemedNotifiedOn: '2026-12-10' })
  })
})

describe('isDueForTakeDown', () => {
  it('R-NOT-02 a notice comes down at the close of its last day: the sweep of the next day takes it down, not before', () => {
    expect(isDueForTakeDown('2026-12-07', '2026-12-07')).toBe(false)
    expect(isDueForTakeDown('2026-12-07', '2026-12-08')).toBe(true)
    expect(isDueForTakeDown('2026-12-07', '2026-12-06')).toBe(false)
  })
})

describe('assertAuctionAnnouncement', () => {
  it('R-COB-16 published on a Sunday at least ten days before the auction', () => {
    expect(() => assertAuctionAnnouncement('2026-12-06', '2026-12-16')).not.toThrow()
    expect(() => assertAuctionAnnouncement('2027-01-03', '2027-02-01')).not.toThrow()
  })

  it('R-COB-16 refused on a day other than Sunday', () => {
    const refusal = refusalOf(() => assertAuctionAnnouncement('2026-12-05', '2026-12-20'))
    expect(refusal.ruleId).toBe('R-COB-16')
    expect(refusal.path).toBe('postedOn')
    expect(refusal.message).toContain('domingo')
  })

  it('R-COB-16 refused less than ten days before the auction, or without its date', () => {
    const late = refusalOf(() => assertAuctionAnnouncement('2026-12-06', '2026-12-15'))
    expect(late.ruleId).toBe('R-COB-16')
    expect(late.path).toBe('auctionOn')
    expect(late.message).toContain('2026-12-16')
    expect(refusalOf(() => assertAuctionAnnouncement('2026-12-06', null)).path).toBe('auctionOn')
  })

  it('R-COB-16 an auction announcement stays up until the auction and notifies nothing', () => {
    expect(noticeDates({ kind: NOTICE_KINDS.auction, postedOn: '2026-12-06', auctionOn: '2026-12-18' }, calendar)).toEqual({
      takeDownOn: '2026-12-18',
      deemedNotifiedOn: null,
    })
    expect(() => noticeDates({ kind: NOTICE_KINDS.auction, postedOn: '2026-12-07', auctionOn: '2026-12-28' }, calendar)).toThrow('domingo')
    expect(noticeDates({ kind: NOTICE_KINDS.notification, postedOn: '2026-12-01' }, calendar)).toEqual(noticePeriod('2026-12-01', calendar))
  })
})
