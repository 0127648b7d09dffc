import type { PayloadHandler } from 'payload'

import { arrearsWhere, ArrearsQuery, todayInBogota } from '../../arrears/arrearsQuery'
import { ARREARS_POLICY_SELECT, toArrearsRows } from '../../arrears/arrearsRows'
import { arrearsTotals } from '../../arrears/arrearsTotals'
import { SLUGS } from '../../constants/slugs'
import { parseInput, requireUser } from '../../http/parseInput'
import type { Policy } from '../../payload-types'

/**
 * GET /api/arrears?asOf=&bucket=&from=&to=&dateField=&lineOfBusiness=&clave=&page=&limit= —
 * R-CAR-01…03: the user's policies pending payment (read with its own access), a page of rows,
 * the total pending for the whole filter and the date the figures are as of.
 */
export const listArrears: PayloadHandler = async (req) => {
  const user = requireUser(req)
  const q = parseInput(ArrearsQuery, req.query ?? {})
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
    user,
    req,
  })
  const totals = await arrearsTotals(req, where, asOf)
  return Response.json({
    figuresAsOf: asOf,
    filters: { bucket: q.bucket ?? null, from: q.from ?? null, to: q.to ?? null, dateField: q.dateField, lineOfBusiness: q.lineOfBusiness ?? null, clave: q.clave ?? null },
    totalPending: totals.totalPending,
    totalsByBucket: totals.byBucket,
    totalsByBranch: totals.byBranch,
    totalDocs: page.totalDocs,
    page: page.page,
    totalPages: page.totalPages,
    rows: await toArrearsRows(req, page.docs as Policy[], asOf),
  })
}
