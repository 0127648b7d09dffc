import type { Payload } from 'payload'

import type { Actor } from '@/auth/accessMatrix'
import { BRANCH_ROLES, NATIONAL_ROLES, ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import { lexicalParagraphs } from '@/notices/lexicalParagraphs'
import type { Notice } from '@/payload-types'
import { NOTICE_KINDS } from '@/rules/notices/noticeDates'

type Row = { id: number }
type Side = 'bog' | 'med'

/** An auction announcement: published without touching the notification it is linked to (a notice of notification would set its posting date). */
const AUCTION = { kind: NOTICE_KINDS.auction, postedOn: '2026-12-06', auctionOn: '2026-12-21' } as const

/** A draft notice of notification on one side's notification record. */
export const draftNoticeData = (notificationId: number, text: string, document?: number) => ({
  kind: NOTICE_KINDS.notification,
  notification: notificationId,
  ...(document ? { document } : {}),
  text: lexicalParagraphs(text),
  postedOn: '2026-12-01',
  _status: 'draft',
})

/**
 * The notices of the access matrix: a draft on each side (Bogotá, Medellín) and a published
 * auction announcement in Bogotá, all on the world's notifications and carrying `document` (so the
 * case documents of the world stay out of any notice).
 */
export const buildNoticeRows = async (payload: Payload, notifications: Record<Side, Row>, document: Row) => {
  const create = async (data: Record<string, unknown>) =>
    (await payload.create({ collection: SLUGS.notices, data: data as never, overrideAccess: true, depth: 0 })) as Notice
  return {
    draft: {
      bog: await create(draftNoticeData(notifications.bog.id, 'Borrador de Bogotá', document.id)),
      med: await create(draftNoticeData(notifications.med.id, 'Borrador de Medellín', document.id)),
    },
    published: await create({
      ...AUCTION,
      notification: notifications.bog.id,
      document: document.id,
      text: lexicalParagraphs('Remate publicado'),
      _status: 'published',
    }),
  }
}

export type NoticeRows = Awaited<ReturnType<typeof buildNoticeRows>>

/** Who reads drafts (editors, national and branch staff) gets the two drafts; everyone else the published notice and a draft it must not see. */
export const noticeRowsFor = (rows: NoticeRows, actor: Actor): { own: Row; other: Row } => {
  const readsDrafts = actor === ROLES.editor || [...NATIONAL_ROLES, ...BRANCH_ROLES].includes(actor as never)
  return readsDrafts ? { own: rows.draft.bog, other: rows.draft.med } : { own: rows.published, other: rows.draft.med }
}

/** A new draft notice on one side, as an editor sends it. */
export const newNoticeRowData = (notifications: Record<Side, Row>, side: Side) => draftNoticeData(notifications[side].id, `Matriz ${side}`)

/** A visible change to a notice (its posting day), and how to undo it. */
export const noticePatchFor = (row: Record<string, any>, n: number) => {
  // Never the day the row already has, or "changed" proves nothing.
  const december = (k: number) => `2026-12-${String(2 + (k % 26)).padStart(2, '0')}`
  const day = december(n) === String(row.postedOn ?? '').slice(0, 10) ? december(n + 1) : december(n)
  return {
    data: { postedOn: `${day}T12:00:00.000Z` },
    applied: (r: Record<string, any>) => String(r.postedOn).startsWith(day),
    restore: { postedOn: row.postedOn },
  }
}
