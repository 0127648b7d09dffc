import type { CollectionBeforeChangeHook } from 'payload'

import { day, storeDay } from '@/rules/calendar'
import type { Notice } from '@/payload-types'
import { NOTICE_STATES, noticeDates, type NoticeKind } from '@/rules/notices/noticeDates'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * R-NOT-02, R-COB-04/11: the take-down day and the day notification is deemed done follow from the
 * posting day in business days; R-COB-16: an auction announcement is refused unless posted on a
 * Sunday ten days ahead. A published notice stands as posted until the sweep takes it down.
 */
export const computeNoticeDates: CollectionBeforeChangeHook<Notice> = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const postedOn = day(merged.postedOn)
  if (!postedOn) return { ...data, takeDownOn: null, deemedNotifiedOn: null }
  const { calendar } = await loadLegalSettings(req)
  const dates = enforceRule(() => noticeDates({ kind: merged.kind as NoticeKind, postedOn, auctionOn: day(merged.auctionOn) }, calendar))
  const published = merged._status === 'published'
  return {
    ...data,
    // Legal days are kept at Bogota noon, whatever time of day a client sent.
    postedOn: storeDay(postedOn),
    auctionOn: storeDay(day(merged.auctionOn)),
    takeDownOn: storeDay(dates.takeDownOn),
    deemedNotifiedOn: storeDay(dates.deemedNotifiedOn),
    // A draft of a notice already published keeps its standing on the page.
    postingStatus: merged.postingStatus === NOTICE_STATES.takenDown ? NOTICE_STATES.takenDown : published ? NOTICE_STATES.posted : (merged.postingStatus ?? null),
  }
}
