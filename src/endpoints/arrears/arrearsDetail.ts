import type { PayloadHandler } from 'payload'
import { z } from 'zod'

import { todayInBogota } from '@/arrears/arrearsQuery'
import { findArrearsPolicy } from '@/arrears/findArrearsPolicy'
import { SLUGS } from '@/constants/slugs'
import { parseInput } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'

export const AsOfQuery = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf debe tener el formato AAAA-MM-DD.').optional(),
})

/** GET /api/arrears/:policyId?asOf= — R-CAR-04: exact days past due and the unpaid certificates. */
export const arrearsDetail: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.policies, operation: 'read' })
  const asOf = parseInput(AsOfQuery, req.query ?? {}).asOf ?? todayInBogota()
  const detail = await findArrearsPolicy(req, asOf)
  return Response.json({ figuresAsOf: asOf, ...detail.row, paymentStatus: detail.paymentStatus, status: detail.status, unpaidCertificates: detail.unpaidCertificates })
}
