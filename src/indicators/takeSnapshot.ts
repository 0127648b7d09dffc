import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { IndicatorSnapshot } from '@/payload-types'
import { assertPeriod } from '@/rules/indicators/period'
import { assertSnapshotChangeable } from '@/rules/indicators/snapshotStatus'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * Takes (or retakes) the draft snapshot of a period as the request's user — the on-demand
 * endpoint and the month-end job share it. A published period is refused (R-IND-01).
 * `asUser: false` is the job: the system, with no user.
 */
export const takeSnapshot = async (req: PayloadRequest, period: string, { asUser = true } = {}): Promise<IndicatorSnapshot> => {
  enforceRule(() => assertPeriod(period))
  const access = asUser ? { overrideAccess: false, user: req.user } : { overrideAccess: true }
  const { docs } = await req.payload.find({
    collection: SLUGS.indicatorSnapshots,
    where: { period: { equals: period } },
    select: { status: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const existing = docs[0]
  if (!existing) {
    return req.payload.create({ collection: SLUGS.indicatorSnapshots, data: { period, status: 'BORRADOR' }, depth: 0, ...access, req })
  }
  enforceRule(() => assertSnapshotChangeable(existing.status, 'update'))
  return req.payload.update({
    collection: SLUGS.indicatorSnapshots,
    id: existing.id,
    data: {},
    depth: 0,
    context: { retakeIndicatorSnapshot: true },
    ...access,
    req,
  })
}
