import type { CollectionAfterChangeHook } from 'payload'

import { day } from '@/rules/calendar'
import { SLUGS } from '@/constants/slugs'
import type { Notice } from '@/payload-types'
import { NOTICE_KINDS } from '@/rules/notices/noticeDates'
import { asSystem } from '@/utilities/asSystem'
import { idOf } from '@/utilities/idOf'

/**
 * R-COB-04/11: once a notice of notification is published, its notification's posting date is
 * that of the notice, and the notification's own hooks recompute the take-down, notification and
 * later terms. Written as the system (the editor publishes; the notice was signed before), in the
 * same transaction: a refusal there (e.g. an insolvent debtor, R-COB-09) publishes nothing.
 */
export const postNoticeOnNotification: CollectionAfterChangeHook<Notice> = async ({ doc, req }) => {
  if (doc._status !== 'published' || doc.kind !== NOTICE_KINDS.notification) return doc
  const id = idOf(doc.notification)!
  const notification = await req.payload.findByID({ collection: SLUGS.notifications, id, depth: 0, select: { facts: true }, overrideAccess: true, req })
  if (day(notification.facts?.noticePostedOn) === day(doc.postedOn)) return doc
  await asSystem(req, () =>
    req.payload.update({ collection: SLUGS.notifications, id, data: { facts: { noticePostedOn: doc.postedOn } }, depth: 0, overrideAccess: true, req }),
  )
  return doc
}
