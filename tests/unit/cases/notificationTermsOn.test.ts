import { describe, expect, it } from 'vitest'

import { createBusinessCalendar } from '@/rules/calendar'
import { deriveNotificationDates } from '@/rules/cases/notificationDates'
import { notificationTermsOn } from '@/rules/cases/notificationTermsOn'

const calendar = createBusinessCalendar()

// Citation sent and received Friday 20 March 2026: appear by Monday 30 March (San José on the 23rd), notice due Tuesday 31 March.
const citation = { act: 'LCD' as const, citationSentOn: '2026-03-20', citationReceivedOn: '2026-03-20' }

describe('notificationTermsOn: what the save and the daily sweep both compute (R-NOT-01)', () => {
  it('R-COB-04 the citation stays "sent" through the last day to appear; its next term is already the notice', () => {
    const { status, next } = notificationTermsOn(citation, null, calendar, '2026-03-30')
    expect(status).toBe('EN_CITACION')
    expect(next).toEqual(expect.objectContaining({ kind: 'noticeDue', date: '2026-03-31' }))
  })

  it('R-COB-04 the day after, unanswered, it is "notice due", and the notice is its next term', () => {
    const { status, next } = notificationTermsOn(citation, null, calendar, '2026-03-31')
    expect(status).toBe('AVISO_PENDIENTE')
    expect(next).toEqual(expect.objectContaining({ kind: 'noticeDue', date: '2026-03-31' }))
  })

  it('R-NOT-01 with the stored dates of an unchanged calendar the sweep gets the dates the save stored', () => {
    const stored = deriveNotificationDates(citation, calendar)
    const { notifiedBy: _method, ...storedDates } = stored
    expect(notificationTermsOn(citation, storedDates, calendar, '2026-03-31').dates).toEqual(stored)
  })

  it('R-NOT-01 with stored dates a past term is kept even if the calendar now says otherwise', () => {
    const stored = deriveNotificationDates(citation, calendar)
    const { notifiedBy: _method, ...storedDates } = stored
    // An extra non-business day inside the elapsed term does not move it once it has passed.
    const changed = createBusinessCalendar({ extraNonBusinessDays: ['2026-03-25'] })
    expect(notificationTermsOn(citation, storedDates, changed, '2026-04-06').dates.appearanceDeadline).toBe('2026-03-30')
    expect(notificationTermsOn(citation, null, changed, '2026-04-06').dates.appearanceDeadline).toBe('2026-03-31')
  })

  it('R-COB-05 notified in person, it is final the day after the appeal term, with no term left open', () => {
    const facts = { act: 'LCD' as const, citationSentOn: '2026-03-20', personallyNotifiedOn: '2026-03-26' }
    const before = notificationTermsOn(facts, null, calendar, '2026-03-27')
    expect(before.status).toBe('NOTIFICADO')
    expect(before.next?.kind).toBe('appeal')
    const after = notificationTermsOn(facts, null, calendar, before.dates.finalOn!)
    expect(after.status).toBe('EN_FIRME')
    expect(after.next).toBeUndefined()
  })
})
