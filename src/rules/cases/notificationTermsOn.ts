import type { BusinessCalendar } from '@/rules/calendar'
import { notificationTerms, type Deadline } from './caseDeadlines'
import { recomputeOpenNotificationDates, type StoredNotificationDates } from './calendarChange'
import { deriveNotificationDates, type DerivedNotificationDates, type NotificationFacts } from './notificationDates'
import { notificationStatusOn, type NotificationStatus } from './notificationStatus'

export type NotificationTermsOn = {
  dates: DerivedNotificationDates
  status: NotificationStatus
  /** The record's next open term on `today`, if any. */
  next: Deadline | undefined
}

/**
 * R-NOT-01 (with R-COB-04/05/10/13): what a notification record says on `today` — its derived
 * dates, its status and its next open term. With `stored` dates (a save that changes no fact: the
 * daily sweep, a calendar change) the dates already settled are kept and only the open ones are
 * recounted; without them (a new record or a changed fact) the whole record is counted from its
 * facts. The notification's save (deriveNotificationTerms) and the daily sweep's bulk advance
 * (src/sweep/advanceNotifications.ts) both call this, so they cannot disagree.
 */
export function notificationTermsOn(
  facts: NotificationFacts,
  stored: StoredNotificationDates | null,
  calendar: BusinessCalendar,
  today: string,
): NotificationTermsOn {
  const dates = stored ? recomputeOpenNotificationDates(facts, stored, calendar, today).dates : deriveNotificationDates(facts, calendar)
  const status = notificationStatusOn({ citationSentOn: facts.citationSentOn, noticePostedOn: facts.noticePostedOn }, dates, today)
  const next = notificationTerms({ act: facts.act, ...dates, noticePostedOn: facts.noticePostedOn, appealFiledOn: facts.appealFiledOn }, today)[0]
  return { dates, status, next }
}
