import type { NotifiableAct, NotificationFacts } from '@/rules/cases/notificationDates'
import { day } from '@/rules/calendar'

/** A notification's stored facts as the pure date rules take them. */
export const notificationFactsOf = (act: NotifiableAct, facts: Record<string, unknown> | null | undefined): NotificationFacts => ({
  act,
  citationSentOn: day(facts?.citationSentOn),
  citationReceivedOn: day(facts?.citationReceivedOn),
  personallyNotifiedOn: day(facts?.personallyNotifiedOn),
  mailDeliveredOn: day(facts?.mailDeliveredOn),
  mailReturnedOn: day(facts?.mailReturnedOn),
  noticePostedOn: day(facts?.noticePostedOn),
  appealFiledOn: day(facts?.appealFiledOn),
  appealDecisionNotifiedOn: day(facts?.appealDecisionNotifiedOn),
})
