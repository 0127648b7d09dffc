import type { Where } from 'payload'

import { PUBLISHED } from '@/rules/access/publishedNotices'
import { NOTICE_STATES } from '@/rules/notices/noticeDates'

/** The public list's two views: notices posted now, and the archive of those taken down. */
export type NoticeView = 'vigentes' | 'archivo'

/** What a visitor asks for on /avisos, as read from the query string. */
export type NoticeSearch = {
  view: NoticeView
  /** Debtor's name (any part) or identification number. */
  q: string
  branch: number | null
  /** Posting day from / to, 'YYYY-MM-DD' (an <input type="date">). */
  from: string | null
  to: string | null
  page: number
}

export const NOTICES_PER_PAGE = 20

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim()

/** The search of /avisos from its query string; anything malformed is ignored rather than refused. */
export const parseNoticeSearch = (params: Record<string, string | string[] | undefined>): NoticeSearch => {
  const branch = Number(first(params.sucursal))
  const page = Number(first(params.pagina))
  const day = (value: string) => (ISO_DAY.test(value) ? value : null)
  return {
    view: first(params.vista) === 'archivo' ? 'archivo' : 'vigentes',
    q: first(params.q).slice(0, 100),
    branch: Number.isSafeInteger(branch) && branch > 0 ? branch : null,
    from: day(first(params.desde)),
    to: day(first(params.hasta)),
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  }
}

/**
 * R-NOT-02: the published notices of a view matching the search, on indexed columns (status,
 * posting day, debtor's ID, branch). The name is matched by its words; an ID by its digits.
 */
export const publicNoticesWhere = (search: NoticeSearch): Where => {
  const digits = search.q.replace(/\D/g, '')
  const conditions: Where[] = [
    PUBLISHED,
    { postingStatus: { equals: search.view === 'archivo' ? NOTICE_STATES.takenDown : NOTICE_STATES.posted } },
  ]
  if (search.q) {
    conditions.push({ or: [{ debtorName: { like: search.q } }, ...(digits.length >= 3 ? [{ debtorId: { like: digits } }] : [])] })
  }
  if (search.branch) conditions.push({ branch: { equals: search.branch } })
  if (search.from) conditions.push({ postedOn: { greater_than_equal: `${search.from}T00:00:00.000Z` } })
  if (search.to) conditions.push({ postedOn: { less_than_equal: `${search.to}T23:59:59.999Z` } })
  return { and: conditions }
}

/** The query string of a search, for links that keep it (pagination, the other view). */
export const noticeSearchHref = (search: NoticeSearch, change: Partial<NoticeSearch> = {}): string => {
  const next = { ...search, ...change }
  const params = new URLSearchParams()
  if (next.view === 'archivo') params.set('vista', 'archivo')
  if (next.q) params.set('q', next.q)
  if (next.branch) params.set('sucursal', String(next.branch))
  if (next.from) params.set('desde', next.from)
  if (next.to) params.set('hasta', next.to)
  if (next.page > 1) params.set('pagina', String(next.page))
  const query = params.toString()
  return query ? `/avisos?${query}` : '/avisos'
}
