import type { CollectionBeforeChangeHook } from 'payload'

import { day, storeDay } from '@/rules/calendar'
import { notificationFactsOf } from '@/cases/notificationFactsOf'
import { notificationTermsOn } from '@/rules/cases/notificationTermsOn'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

type Doc = Record<string, any>

/**
 * R-NOT-01: the derived dates and the status, recomputed from the facts on every save (the
 * daily sweep computes the same with `notificationTermsOn` and writes it in bulk). A save that
 * changes no fact (a calendar change) keeps the dates already settled and recounts only the open
 * ones; a changed fact recounts the whole record.
 */
export const deriveNotificationTerms: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const original: Doc = originalDoc ?? {}
  const facts = { ...(original.facts ?? {}), ...(data.facts ?? {}) }
  const act = data.act ?? original.act
  const { calendar } = await loadLegalSettings(req)
  const today = todayFor(req)
  const input = notificationFactsOf(act, facts)
  const sameFacts = Boolean(originalDoc) && JSON.stringify(notificationFactsOf(original.act, original.facts)) === JSON.stringify(input)
  const stored = Object.fromEntries(Object.entries(original.derived ?? {}).map(([field, value]) => [field, day(value)]))
  const { dates, status, next } = enforceRule(() => notificationTermsOn(input, sameFacts ? stored : null, calendar, today))
  data.derived = {
    appearanceDeadline: storeDay(dates.appearanceDeadline),
    noticeDueOn: storeDay(dates.noticeDueOn),
    noticeTakeDownOn: storeDay(dates.noticeTakeDownOn),
    notifiedOn: storeDay(dates.notifiedOn),
    notifiedBy: dates.notifiedBy,
    responseDeadline: storeDay(dates.responseDeadline),
    finalOn: storeDay(dates.finalOn),
  }
  data.status = status
  data.nextDeadline = storeDay(next?.date)
  return data
}
