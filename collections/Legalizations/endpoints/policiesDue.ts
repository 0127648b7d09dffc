import type { PayloadHandler, Where } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import { amountDueOf } from '@/rules/legalization/legalizationItems'
import { POLICY_PAYMENT_STATUS, POLICY_STATUS } from '@/rules/policyStatuses'
import { afterCursor, CursorParam, nextCursorOf } from '@/utilities/keyset'

const Query = z.object({
  clave: z.string().trim().regex(/^\d{3,10}$/, 'clave debe tener de 3 a 10 dígitos.').optional(),
  limit: z.coerce.number().int().min(1).max(500, 'limit va de 1 a 500.').default(100),
  page: z.coerce.number().int().min(1).default(1),
  after: CursorParam.optional(),
})

/**
 * GET /api/legalizations/policies-due?clave=&limit=&page=&after= — R-LEG-01: the policies of the user's
 * portfolio that still owe money, with number, type, premium, start of cover and total to pay.
 * For those who may create a legalization; the policies are read with the user's own access.
 * Ordered by start of cover, the id breaking ties; `nextCursor` is the `after` of the next page
 * (keyset: no OFFSET), `page` > 1 without a cursor still works by offset.
 */
export const policiesDue: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.legalizations, operation: 'create' })
  const q = parseInput(Query, req.query ?? {})
  const where: Where = {
    and: [
      { paymentStatus: { not_equals: POLICY_PAYMENT_STATUS.paid } },
      { status: { not_equals: POLICY_STATUS.cancelled } },
      ...(q.clave ? [{ clave: { equals: q.clave } }] : []),
    ],
  }
  const after = afterCursor('coverStart', q.after)
  const keyset = q.after !== undefined || q.page === 1
  const result = await req.payload.find({
    collection: SLUGS.policies,
    where: after ? { and: [where, after] } : where,
    select: { number: true, type: true, lineOfBusiness: true, premium: true, coverStart: true, totalDue: true, amountPaid: true, clave: true },
    sort: ['coverStart', 'id'],
    // A keyset page reads one row more than it shows, to know whether another page follows.
    ...(keyset ? { limit: q.limit + 1, page: 1 } : { limit: q.limit, page: q.page }),
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return Response.json({
    docs: result.docs.slice(0, q.limit).map((p) => ({
      id: p.id,
      number: p.number,
      type: p.type,
      lineOfBusiness: p.lineOfBusiness,
      premium: p.premium,
      coverStart: p.coverStart,
      clave: p.clave,
      totalDue: p.totalDue,
      amountDue: amountDueOf({ totalDue: p.totalDue ?? 0, amountPaid: p.amountPaid }),
    })),
    totalDocs: result.totalDocs,
    page: q.after ? null : (result.page ?? q.page),
    totalPages: Math.max(1, Math.ceil(result.totalDocs / q.limit)),
    nextCursor: keyset ? nextCursorOf(result.docs, q.limit, (p) => p.coverStart) : null,
  })
}
