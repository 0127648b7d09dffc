import type { PayloadRequest } from 'payload'

import { day, storeDay } from '@/rules/calendar'
import { SLUGS } from '@/constants/slugs'
import { isDatabaseUnavailable } from '@/db/databaseUnavailable'
import type { Notice } from '@/payload-types'
import { isDueForTakeDown, NOTICE_STATES } from '@/rules/notices/noticeDates'
import { idOf } from '@/utilities/idOf'

/**
 * What the published notice says. Payload updates a collection with drafts on top of its latest
 * version, so a draft the editor has pending would otherwise be what the take-down saves (and
 * unpublishes): the take-down re-saves the published content, and the draft stays in the history.
 */
const publishedContentOf = (notice: Pick<Notice, 'kind' | 'notification' | 'text' | 'document' | 'postedOn' | 'auctionOn'>) => ({
  kind: notice.kind,
  notification: idOf(notice.notification)!,
  text: notice.text,
  document: idOf(notice.document) ?? null,
  postedOn: notice.postedOn,
  auctionOn: notice.auctionOn ?? null,
})

/**
 * R-NOT-02: the sweep of `asOf` takes down every published notice whose last day has passed:
 * status RETIRADO and the day recorded, through the notice's hooks (audit trail, case file).
 * Idempotent: a notice taken down is no longer FIJADO, so a second run finds nothing.
 */
export async function takeDownNotices(req: PayloadRequest, asOf: string): Promise<{ takenDown: number; errors: string[] }> {
  const { docs } = await req.payload.find({
    collection: SLUGS.notices,
    where: {
      and: [
        { _status: { equals: 'published' } },
        { postingStatus: { equals: NOTICE_STATES.posted } },
        { takeDownOn: { less_than: `${asOf}T00:00:00.000Z` } },
      ],
    },
    select: { kind: true, notification: true, text: true, document: true, postedOn: true, auctionOn: true, takeDownOn: true },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const result = { takenDown: 0, errors: [] as string[] }
  for (const notice of docs) {
    const takeDownOn = day(notice.takeDownOn)
    if (!takeDownOn || !isDueForTakeDown(takeDownOn, asOf)) continue
    try {
      await req.payload.update({
        collection: SLUGS.notices,
        id: notice.id,
        data: { ...publishedContentOf(notice), postingStatus: NOTICE_STATES.takenDown, takenDownOn: storeDay(asOf), _status: 'published' },
        depth: 0,
        overrideAccess: true,
        req,
      })
      result.takenDown++
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error
      result.errors.push(`Aviso ${notice.id}: ${(error as Error).message}`)
    }
  }
  return result
}
