import type { PayloadRequest, Where } from 'payload'

import { iterateInBatches } from '../export/iterateInBatches'
import type { Policy } from '../payload-types'
import { ARREARS_BUCKETS, arrearsBucket, daysPastDue, pendingAmount } from '../rules/arrears'
import { SLUGS } from '../constants/slugs'

/**
 * R-CAR-03: the total pending for the whole filter (not just the page) and its split by bucket,
 * read in batches of three columns so it stays cheap on large portfolios.
 */
export const arrearsTotals = async (req: PayloadRequest, where: Where, asOf: string) => {
  const byBucket = Object.fromEntries(ARREARS_BUCKETS.map((b) => [b.value, { policies: 0, pending: 0 }]))
  let totalPending = 0
  let policies = 0
  for await (const batch of iterateInBatches<Policy>({
    req,
    collection: SLUGS.policies,
    where,
    select: { totalDue: true, amountPaid: true, paymentDueDate: true },
    batchSize: 5000,
  })) {
    for (const p of batch) {
      const pending = pendingAmount(p)
      const bucket = arrearsBucket(daysPastDue(p.paymentDueDate, asOf))
      totalPending += pending
      policies += 1
      if (bucket) {
        byBucket[bucket]!.policies += 1
        byBucket[bucket]!.pending += pending
      }
    }
  }
  return { policies, totalPending, byBucket }
}
