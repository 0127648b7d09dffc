import { describe, expect, it } from 'vitest'

import { createBusinessCalendar } from '@/rules/calendar'
import { deriveNotificationDates } from '@/rules/cases/notificationDates'
import { notificationStatusOn } from '@/rules/cases/notificationStatus'
import { assertExceptionsInTime, paymentOrderResponseDeadline } from '@/rules/cases/paymentOrderTerms'

const calendar = createBusinessCalendar()

describe('deriveNotificationDates: the LCD (R-COB-04/05)', () => {
  // Citation sent and received Friday 20 March 2026; Monday 23 March (San José) and Holy Week
  // (2–3 April) are holidays.
  const facts = { act: 'LCD' as const, citationSentOn: '2026-03-20', citationReceivedOn: '2026-03-20' }

  it('R-COB-04 gives five business days from receipt to appear, skipping San José', () => {
    expect(deriveNotificationDates(facts, calendar).appearanceDeadline).toBe('2026-03-30')
  })

  it('R-COB-04 makes the notice due the business day after nobody appeared', () => {
    const dates = deriveNotificationDates(facts, calendar)
    expect(dates.noticeDueOn).toBe('2026-03-31')
    expect(dates.notifiedOn).toBeNull()
  })

  it('R-COB-04 keeps the notice up five business days across Holy Week and deems notification the day after', () => {
    const dates = deriveNotificationDates({ ...facts, noticePostedOn: '2026-03-31' }, calendar)
    expect(dates.noticeTakeDownOn).toBe('2026-04-08')
    expect(dates.notifiedOn).toBe('2026-04-09')
    expect(dates.notifiedBy).toBe('AVISO')
  })

  it('R-COB-05 gives ten business days to appeal and makes the LCD final the day after', () => {
    const dates = deriveNotificationDates({ ...facts, noticePostedOn: '2026-03-31' }, calendar)
    expect(dates.responseDeadline).toBe('2026-04-23')
    expect(dates.finalOn).toBe('2026-04-24')
  })

  it('R-COB-05 with an appeal the LCD is final the day after its decision is notified', () => {
    const pending = deriveNotificationDates({ ...facts, personallyNotifiedOn: '2026-03-26', appealFiledOn: '2026-04-06' }, calendar)
    expect(pending.notifiedBy).toBe('PERSONAL')
    expect(pending.noticeDueOn).toBeNull()
    expect(pending.finalOn).toBeNull()
    const decided = deriveNotificationDates(
      { ...facts, personallyNotifiedOn: '2026-03-26', appealFiledOn: '2026-04-06', appealDecisionNotifiedOn: '2026-04-30' },
      calendar,
    )
    expect(decided.finalOn).toBe('2026-05-01')
  })

  it('R-COB-04 counts from the sending when the receipt is not back, across a month end', () => {
    // Sent Thursday 26 November 2026: 27, 30 Nov, 1, 2, 3 Dec → appear by 3 Dec; notice due 4 Dec.
    const dates = deriveNotificationDates({ act: 'LCD', citationSentOn: '2026-11-26' }, calendar)
    expect(dates.appearanceDeadline).toBe('2026-12-03')
    expect(dates.noticeDueOn).toBe('2026-12-04')
    // Posted Friday 4 Dec: 4, 7, 9, 10, 11 (8 Dec is a holiday) → down 11 Dec, notified 14 Dec.
    const posted = deriveNotificationDates({ act: 'LCD', citationSentOn: '2026-11-26', noticePostedOn: '2026-12-04' }, calendar)
    expect(posted.noticeTakeDownOn).toBe('2026-12-11')
    expect(posted.notifiedOn).toBe('2026-12-14')
  })

  it('R-COB-04 honours an institutional closure added in the settings', () => {
    const closed = createBusinessCalendar({ extraNonBusinessDays: ['2026-03-24'] })
    expect(deriveNotificationDates(facts, closed).appearanceDeadline).toBe('2026-03-31')
  })
})

describe('deriveNotificationDates: the payment order and decisions (R-COB-10/11/13)', () => {
  it('R-COB-10 gives ten business days from sending to appear, then goes by mail, not notice', () => {
    const dates = deriveNotificationDates({ act: 'MANDAMIENTO_DE_PAGO', citationSentOn: '2026-06-05' }, calendar)
    // 8 and 15 June are holidays: 9, 10, 11, 12, 16, 17, 18, 19, 22, 23.
    expect(dates.appearanceDeadline).toBe('2026-06-23')
    expect(dates.noticeDueOn).toBeNull()
  })

  it('R-COB-10 gives 15 business days from notification to pay or propose exceptions, across 8 December', () => {
    const dates = deriveNotificationDates({ act: 'MANDAMIENTO_DE_PAGO', citationSentOn: '2026-11-10', mailDeliveredOn: '2026-11-27' }, calendar)
    expect(dates.notifiedBy).toBe('CORREO')
    expect(dates.responseDeadline).toBe('2026-12-21')
    expect(paymentOrderResponseDeadline('2026-11-27', calendar)).toBe('2026-12-21')
  })

  it('R-COB-11 mail returned for unknown address makes a notice due the next business day', () => {
    const dates = deriveNotificationDates(
      { act: 'MANDAMIENTO_DE_PAGO', citationSentOn: '2026-07-01', mailReturnedOn: '2026-07-17' },
      calendar,
    )
    // 18–19 weekend, 20 July holiday.
    expect(dates.noticeDueOn).toBe('2026-07-21')
  })

  it('R-COB-13 a decision without appeal is final five business days after notification', () => {
    const dates = deriveNotificationDates({ act: 'DECISION_RECURSO', personallyNotifiedOn: '2026-08-04' }, calendar)
    // 7 August is a holiday: 5, 6, 10, 11, 12.
    expect(dates.finalOn).toBe('2026-08-12')
  })

  it('R-COB-12 the decision on exceptions may be appealed within a month (month end clamps)', () => {
    const dates = deriveNotificationDates({ act: 'DECISION_EXCEPCIONES', personallyNotifiedOn: '2026-01-30' }, calendar)
    expect(dates.responseDeadline).toBe('2026-02-28')
    expect(dates.finalOn).toBe('2026-03-01')
  })

  it('R-COB-10 refuses exceptions filed after the 15 business days', () => {
    expect(() => assertExceptionsInTime({ notifiedOn: '2026-11-27', filedOn: '2026-12-21' }, calendar)).not.toThrow()
    expect(() => assertExceptionsInTime({ notifiedOn: '2026-11-27', filedOn: '2026-12-22' }, calendar)).toThrow(
      expect.objectContaining({ ruleId: 'R-COB-10' }),
    )
  })
})

describe('deriveNotificationDates: decisions on appeals (001 §7.3.14, R-NOT-01, R-COB-13)', () => {
  // Citation sent Wednesday 1 July 2026; 13 July (Virgen de Chiquinquirá) and 20 July are holidays.
  const citation = { act: 'DECISION_RECURSO' as const, citationSentOn: '2026-07-01' }

  it('R-NOT-01 a debtor who does not appear within ten business days of the citation is notified by notice, not by mail', () => {
    const dates = deriveNotificationDates(citation, calendar)
    // 2, 3, 6, 7, 8, 9, 10, [13], 14, 15, 16 → appear by Thursday 16 July; notice due Friday 17 July.
    expect(dates.appearanceDeadline).toBe('2026-07-16')
    expect(dates.noticeDueOn).toBe('2026-07-17')
    expect(dates.notifiedOn).toBeNull()
  })

  it('R-NOT-01 the sweep moves the unanswered citation of a decision on an appeal to "notice due" when the ten days pass', () => {
    const dates = deriveNotificationDates(citation, calendar)
    expect(notificationStatusOn(citation, dates, '2026-07-16')).toBe('EN_CITACION')
    expect(notificationStatusOn(citation, dates, '2026-07-17')).toBe('AVISO_PENDIENTE')
  })

  it('R-COB-13 notified by notice: up five business days, notified the day after, final five business days later', () => {
    const dates = deriveNotificationDates({ ...citation, noticePostedOn: '2026-07-17' }, calendar)
    // Up 17, [20], 21, 22, 23, 24 → down Friday 24 July; notified Monday 27 July; 28, 29, 30, 31, 3 Aug → final 3 August.
    expect(dates.noticeTakeDownOn).toBe('2026-07-24')
    expect(dates.notifiedOn).toBe('2026-07-27')
    expect(dates.notifiedBy).toBe('AVISO')
    expect(dates.finalOn).toBe('2026-08-03')
  })

  it('R-COB-13 notified in person within the ten days: no notice, final five business days later', () => {
    const dates = deriveNotificationDates({ ...citation, personallyNotifiedOn: '2026-07-08' }, calendar)
    expect(dates.notifiedBy).toBe('PERSONAL')
    expect(dates.noticeDueOn).toBeNull()
    // 9, 10, [13], 14, 15, 16 → final 16 July.
    expect(dates.finalOn).toBe('2026-07-16')
  })

  it('R-NOT-01 refuses mail delivery or returned mail on a decision on an appeal', () => {
    for (const facts of [{ mailDeliveredOn: '2026-07-20' }, { mailReturnedOn: '2026-07-20' }]) {
      expect(() => deriveNotificationDates({ ...citation, ...facts }, calendar)).toThrow(
        expect.objectContaining({ ruleId: 'R-NOT-01', status: 400 }),
      )
    }
  })

  it('R-COB-10 the payment order still goes by mail after its ten days (only decisions on appeals go to notice)', () => {
    const dates = deriveNotificationDates({ act: 'MANDAMIENTO_DE_PAGO', citationSentOn: '2026-07-01' }, calendar)
    expect(dates.appearanceDeadline).toBe('2026-07-16')
    expect(dates.noticeDueOn).toBeNull()
  })
})
