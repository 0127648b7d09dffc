import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Policy } from '@/payload-types'
import { arrearsWhere, todayInBogota, type ArrearsQuery } from './arrearsQuery'
import { ARREARS_POLICY_SELECT, toArrearsRows } from './arrearsRows'
import { arrearsTotals } from './arrearsTotals'
import { afterCursor, nextCursorOf } from '@/utilities/keyset'

/**
 * R-CAR-01…03: one page of the signed-in user's policies pending payment (read with its own
 * access), the totals of the whole filter and the date the figures are as of. Shared by
 * GET /api/arrears and the admin's "Cartera en mora", so both show the same figures.
 * Rows come oldest due date first, the id breaking ties. The first page and every page after a
 * cursor (`after`) are read by keyset (no OFFSET, no COUNT: the count is the totals' own);
 * `page` > 1 without a cursor still works by offset, for the admin's numbered pages.
 */
export const findArrearsPage = async (req: PayloadRequest, q: ArrearsQuery) => {
  const asOf = q.asOf ?? todayInBogota()
  const where = arrearsWhere({ ...q, asOf })
  const keyset = q.after !== undefined || q.page === 1
  const after = afterCursor('paymentDueDate', q.after)
  // Two reads that do not depend on each other: the page and the totals run side by side on the pool.
  const [found, totals] = await Promise.all([
    req.payload.find({
      collection: SLUGS.policies,
      where: after ? { and: [where, after] } : where,
      select: ARREARS_POLICY_SELECT,
      sort: ['paymentDueDate', 'id'],
      ...(keyset ? { pagination: false, page: 1, limit: q.limit + 1 } : { page: q.page, limit: q.limit }),
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    }),
    arrearsTotals(req, { ...q, asOf }),
  ])
  const docs = (found.docs as Policy[]).slice(0, q.limit)
  const totalDocs = totals.policies
  return {
    asOf,
    totals,
    totalDocs,
    page: keyset ? (q.after ? null : 1) : (found.page ?? q.page),
    totalPages: Math.max(1, Math.ceil(totalDocs / q.limit)),
    nextCursor: nextCursorOf(found.docs as Policy[], q.limit, (p) => p.paymentDueDate),
    rows: await toArrearsRows(req, docs, asOf),
  }
}
