import type { PayloadHandler } from 'payload'

import { ArrearsQuery } from '@/arrears/arrearsQuery'
import { findArrearsPage } from '@/arrears/findArrearsPage'
import { SLUGS } from '@/constants/slugs'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'

/**
 * GET /api/arrears?asOf=&bucket=&from=&to=&dateField=&lineOfBusiness=&clave=&branch=&page=&limit=&after= —
 * R-CAR-01…03: the user's policies pending payment (read with its own access), a page of rows,
 * the total pending for the whole filter and the date the figures are as of. `nextCursor` (null on
 * the last page) is the `after` of the next page (keyset pagination, see src/utilities/keyset.ts).
 */
export const listArrears: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.policies, operation: 'read' })
  const q = parseInput(ArrearsQuery, req.query ?? {})
  const found = await findArrearsPage(req, q)
  return Response.json({
    figuresAsOf: found.asOf,
    filters: {
      bucket: q.bucket ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
      dateField: q.dateField,
      lineOfBusiness: q.lineOfBusiness ?? null,
      clave: q.clave ?? null,
      branch: q.branch ?? null,
    },
    totalPending: found.totals.totalPending,
    totalsByBucket: found.totals.byBucket,
    totalsByBranch: found.totals.byBranch,
    totalDocs: found.totalDocs,
    page: found.page,
    totalPages: found.totalPages,
    nextCursor: found.nextCursor,
    rows: found.rows,
  })
}
