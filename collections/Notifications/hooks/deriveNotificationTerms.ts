import type { CollectionBeforeChangeHook } from 'payload'

import { day, storeDay } from '../../../src/cases/mergeCaseData'
import { notificationTerms } from '../../../src/rules/cases/caseDeadlines'
import { deriveNotificationDates } from '../../../src/rules/cases/notificationDates'
import { notificationStatusOn } from '../../../src/rules/cases/notificationStatus'
import { loadLegalSettings } from '../../../src/settings/legalSettings'
import { enforceRule } from '../../../src/utilities/enforceRule'
import { todayFor } from '../../../src/utilities/todayFor'

type Doc = Record<string, any>

/** R-NOT-01: the derived dates and the status, recomputed from the facts on every save (and by the sweep). */
export const deriveNotificationTerms: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const original: Doc = originalDoc ?? {}
  const facts = { ...(original.facts ?? {}), ...(data.facts ?? {}) }
  const act = data.act ?? original.act
  const { calendar } = await loadLegalSettings(req)
  const today = todayFor(req)
  const dates = enforceRule(() =>
    deriveNotificationDates(
      {
        act,
        citationSentOn: day(facts.citationSentOn),
        citationReceivedOn: day(facts.citationReceivedOn),
        personallyNotifiedOn: day(facts.personallyNotifiedOn),
        mailDeliveredOn: day(facts.mailDeliveredOn),
        mailReturnedOn: day(facts.mailReturnedOn),
        noticePostedOn: day(facts.noticePostedOn),
        appealFiledOn: day(facts.appealFiledOn),
        appealDecisionNotifiedOn: day(facts.appealDecisionNotifiedOn),
      },
      calendar,
    ),
  )
  data.derived = {
    appearanceDeadline: storeDay(dates.appearanceDeadline),
    noticeDueOn: storeDay(dates.noticeDueOn),
    noticeTakeDownOn: storeDay(dates.noticeTakeDownOn),
    notifiedOn: storeDay(dates.notifiedOn),
    notifiedBy: dates.notifiedBy,
    responseDeadline: storeDay(dates.responseDeadline),
    finalOn: storeDay(dates.finalOn),
  }
  data.status = notificationStatusOn({ citationSentOn: day(facts.citationSentOn), noticePostedOn: day(facts.noticePostedOn) }, dates, today)
  const next = notificationTerms(
    { act, ...dates, noticePostedOn: day(facts.noticePostedOn), appealFiledOn: day(facts.appealFiledOn) },
    today,
  )[0]
  data.nextDeadline = storeDay(next?.date)
  return data
}
