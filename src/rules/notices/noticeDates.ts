import { addDaysIso, weekdayOf, type BusinessCalendar } from '@/rules/calendar'
import { RuleViolation } from '@/rules/ruleViolation'

/** What a public notice (aviso) announces. Values are part of the API. */
export const NOTICE_KINDS = {
  /** Notice of an act the debtor could not be notified of otherwise (R-COB-04, R-COB-11). */
  notification: 'AVISO_NOTIFICACION',
  /** Announcement of an auction (remate) of seized goods (R-COB-16, 001 §7.8.3). */
  auction: 'AVISO_REMATE',
} as const

export type NoticeKind = (typeof NOTICE_KINDS)[keyof typeof NOTICE_KINDS]

export const NOTICE_KIND_OPTIONS: { label: string; value: NoticeKind }[] = [
  { label: 'Aviso de notificación', value: NOTICE_KINDS.notification },
  { label: 'Aviso de remate', value: NOTICE_KINDS.auction },
]

/** Where a published notice stands on the public list: posted now, or taken down to the archive. */
export const NOTICE_STATES = {
  posted: 'FIJADO',
  takenDown: 'RETIRADO',
} as const

export type NoticeState = (typeof NOTICE_STATES)[keyof typeof NOTICE_STATES]

export const NOTICE_STATE_OPTIONS: { label: string; value: NoticeState }[] = [
  { label: 'Fijado', value: NOTICE_STATES.posted },
  { label: 'Retirado', value: NOTICE_STATES.takenDown },
]

/** R-NOT-02: a notice stays posted five business days. */
export const NOTICE_BUSINESS_DAYS = 5

/** R-COB-16: an auction is announced at least ten (calendar) days before it. */
export const AUCTION_NOTICE_MIN_DAYS = 10

export type NoticePeriod = {
  /** Last business day the notice stays up; it is withdrawn at the close of that day. */
  takeDownOn: string
  /** Notification is deemed done at the end of this day: the business day after the take-down (R-COB-04/11). */
  deemedNotifiedOn: string
}

/**
 * R-NOT-02, R-COB-04, R-COB-11 (001 §7.3.16): a notice stays up five business days counting the
 * day it goes up (posted on a non-business day, counting starts the next business day), and the
 * notification is deemed done at the end of the business day after it comes down. The notification
 * record derives its dates with this same function (src/rules/cases/notificationDates.ts).
 */
export function noticePeriod(postedOn: string, calendar: BusinessCalendar): NoticePeriod {
  const takeDownOn = calendar.addBusinessDays(calendar.onOrNextBusinessDay(postedOn), NOTICE_BUSINESS_DAYS - 1)
  return { takeDownOn, deemedNotifiedOn: calendar.nextBusinessDay(takeDownOn) }
}

/**
 * R-COB-16 (001 §7.8.3, CGP art. 450): the auction is announced in a list published on a Sunday
 * at least ten days before the auction. Refused otherwise, on the field at fault.
 */
export function assertAuctionAnnouncement(postedOn: string, auctionOn: string | null | undefined): void {
  if (weekdayOf(postedOn) !== 0) {
    throw new RuleViolation('R-COB-16', 'El aviso de remate se publica un domingo.', 400, { path: 'postedOn' })
  }
  if (!auctionOn) {
    throw new RuleViolation('R-COB-16', 'Indique la fecha del remate que se anuncia.', 400, { path: 'auctionOn' })
  }
  if (auctionOn < addDaysIso(postedOn, AUCTION_NOTICE_MIN_DAYS)) {
    throw new RuleViolation(
      'R-COB-16',
      `El remate se anuncia con al menos ${AUCTION_NOTICE_MIN_DAYS} días de anticipación: publicado el ${postedOn}, el remate puede fijarse desde el ${addDaysIso(postedOn, AUCTION_NOTICE_MIN_DAYS)}.`,
      400,
      { path: 'auctionOn' },
    )
  }
}

export type NoticeDates = { takeDownOn: string; deemedNotifiedOn: string | null }

/**
 * The dates a notice derives: a notice of notification follows `noticePeriod`; an auction
 * announcement (checked by `assertAuctionAnnouncement`) stays up until the auction and notifies nothing.
 */
export function noticeDates(
  notice: { kind: NoticeKind; postedOn: string; auctionOn?: string | null },
  calendar: BusinessCalendar,
): NoticeDates {
  if (notice.kind === NOTICE_KINDS.auction) {
    assertAuctionAnnouncement(notice.postedOn, notice.auctionOn)
    return { takeDownOn: notice.auctionOn!, deemedNotifiedOn: null }
  }
  return noticePeriod(notice.postedOn, calendar)
}

/** R-NOT-02: the sweep of `asOf` takes down a posted notice once its last day has passed. */
export const isDueForTakeDown = (takeDownOn: string, asOf: string): boolean => takeDownOn < asOf
