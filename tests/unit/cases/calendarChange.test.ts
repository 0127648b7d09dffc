import { describe, expect, it } from 'vitest'

import { createBusinessCalendar } from '@/rules/calendar'
import { describeMovedTerms, recomputeOpenNotificationDates, settledNotificationDates } from '@/rules/cases/calendarChange'
import { deriveNotificationDates, type NotificationFacts } from '@/rules/cases/notificationDates'

// The calendar before Ley 2578 de 2026 reached the app: 13 July 2026 a business day.
const beforeLaw = createBusinessCalendar({ struckHolidays: ['2026-07-13'] })
const now = createBusinessCalendar()

describe('recomputeOpenNotificationDates: a calendar change moves open terms only', () => {
  const order: NotificationFacts = { act: 'MANDAMIENTO_DE_PAGO', citationSentOn: '2026-06-19', mailDeliveredOn: '2026-07-03' }

  it('R-COB-10 the 15 business days to pay or propose exceptions move one day when 13 July 2026 becomes a holiday', () => {
    const stored = deriveNotificationDates(order, beforeLaw)
    // Notified Fri 3 Jul: 6–10 (5), 13–17 (10), [20], 21–24 (14), 27 (15).
    expect(stored.responseDeadline).toBe('2026-07-27')
    const { dates, moved } = recomputeOpenNotificationDates(order, stored, now, '2026-07-10')
    expect(dates.responseDeadline).toBe('2026-07-28')
    expect(moved).toEqual([{ field: 'responseDeadline', from: '2026-07-27', to: '2026-07-28' }])
  })

  it('R-COB-10 an institutional closure added and then struck back moves the term and brings it back', () => {
    const stored = deriveNotificationDates(order, now)
    const closed = createBusinessCalendar({ extraNonBusinessDays: ['2026-07-22'] })
    const there = recomputeOpenNotificationDates(order, stored, closed, '2026-07-10')
    expect(there.moved).toEqual([{ field: 'responseDeadline', from: '2026-07-28', to: '2026-07-29' }])
    const back = recomputeOpenNotificationDates(order, there.dates, now, '2026-07-10')
    expect(back.moved).toEqual([{ field: 'responseDeadline', from: '2026-07-29', to: '2026-07-28' }])
  })

  it('R-COB-05 keeps an elapsed term and a past step as they were, and counts the open ones from them', () => {
    const lcd: NotificationFacts = { act: 'LCD', citationSentOn: '2026-07-01', citationReceivedOn: '2026-07-01', noticePostedOn: '2026-07-09' }
    const stored = deriveNotificationDates(lcd, now)
    expect(stored).toMatchObject({ appearanceDeadline: '2026-07-08', noticeDueOn: '2026-07-09', noticeTakeDownOn: '2026-07-16', notifiedOn: '2026-07-17' })
    // Closures on 7 July (past) and 21 July (ahead), added on 15 July.
    const closed = createBusinessCalendar({ extraNonBusinessDays: ['2026-07-07', '2026-07-21'] })
    // Counted from scratch, the appearance term would end a day later…
    expect(deriveNotificationDates(lcd, closed).appearanceDeadline).toBe('2026-07-09')
    const { dates, moved } = recomputeOpenNotificationDates(lcd, stored, closed, '2026-07-15')
    // …but it ended on 8 July and the notice went up on 9 July: they stay.
    expect(dates.appearanceDeadline).toBe('2026-07-08')
    expect(dates.noticeDueOn).toBe('2026-07-09')
    // The appeal term, still open, skips 21 July: 22–24, 27–31, 3, 4 Aug → 4 Aug; final 5 Aug.
    expect(moved).toEqual([
      { field: 'responseDeadline', from: '2026-08-03', to: '2026-08-04' },
      { field: 'finalOn', from: '2026-08-04', to: '2026-08-05' },
    ])
  })

  it('R-COB-05 a notification whose terms have all elapsed does not move', () => {
    const lcd: NotificationFacts = { act: 'LCD', citationSentOn: '2026-07-01', personallyNotifiedOn: '2026-07-02' }
    const stored = deriveNotificationDates(lcd, beforeLaw)
    expect(stored.finalOn).toBe('2026-07-17')
    expect(recomputeOpenNotificationDates(lcd, stored, now, '2026-07-20').moved).toEqual([])
  })

  it('R-NOT-01 a term ending today is still open; a step dated today has already happened', () => {
    const stored = { appearanceDeadline: '2026-07-15', noticeDueOn: '2026-07-15', notifiedOn: '2026-07-16', responseDeadline: '2026-07-14' }
    expect(settledNotificationDates(stored, '2026-07-15')).toEqual({ noticeDueOn: '2026-07-15', responseDeadline: '2026-07-14' })
  })

  it('R-COB-17 one case-file text says which terms moved, from what date to what date, and why', () => {
    const text = describeMovedTerms('Parámetros: día no hábil adicional 2026-07-22 agregado (Cierre)', [
      { act: 'MANDAMIENTO_DE_PAGO', moved: [{ field: 'responseDeadline', from: '2026-07-28', to: '2026-07-29' }] },
      { act: 'LCD', moved: [{ field: 'responseDeadline', from: '2026-08-03', to: '2026-08-04' }, { field: 'finalOn', from: '2026-08-04', to: '2026-08-05' }] },
    ])
    expect(text).toBe(
      'Términos recalculados por cambio del calendario de días hábiles (Parámetros: día no hábil adicional 2026-07-22 agregado (Cierre)). ' +
        'Mandamiento de pago: término para pagar o excepcionar del 2026-07-28 al 2026-07-29; ' +
        'Liquidación Certificada de Deuda (LCD): término para recurrir del 2026-08-03 al 2026-08-04, en firme desde del 2026-08-04 al 2026-08-05.',
    )
  })
})
