import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Policy } from '@/payload-types'
import { arrearsWhere, todayInBogota, type ArrearsQuery } from './arrearsQuery'
import { ARREARS_POLICY_SELECT, toArrearsRows } from './arrearsRows'
import { arrearsTotals } from './arrearsTotals'

/**
 * R-CAR-01…03: one page of the signed-in user's policies pending payment (read with its own
 * access), the totals of the whole filter and the date the figures are as of. Shared by
 * GET /api/arrears and the admin's "Cartera en mora", so both show the same figures.
 */
export const findArrearsPage = async (req: PayloadRequest, q: ArrearsQuery) => {
  const asOf = q.asOf ?? todayInBogota()
  const where = arrearsWhere({ ...q, asOf })
  const page = await req.payload.find({
    collection: SLUGS.policies,
    where,
    select: ARREARS_POLICY_SELECT,
    sort: 'paymentDueDate',
    page: q.page,
    limit: q.limit,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const totals = await arrearsTotals(req, where, asOf)
  return {
    asOf,
    totals,
    totalDocs: page.totalDocs,
    page: page.page ?? q.page,
    totalPages: page.totalPages,
    rows: await toArrearsRows(req, page.docs as Policy[], asOf),
  }
}
