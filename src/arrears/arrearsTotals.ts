import type { PayloadRequest, Where } from 'payload'

import { iterateInBatches } from '@/export/iterateInBatches'
import type { Policy } from '@/payload-types'
import { ARREARS_BUCKETS, arrearsBucket, daysPastDue, pendingAmount } from '@/rules/arrears'
import { SLUGS } from '@/constants/slugs'
import { idOf } from '@/utilities/idOf'

/**
 * R-CAR-03: the total pending for the whole filter (not just the page) and its split by bucket and
 * by branch (the staff dashboard's figures),
 * read in batches of three columns so it stays cheap on large portfolios.
 */
export const arrearsTotals = async (req: PayloadRequest, where: Where, asOf: string) => {
  const byBucket = Object.fromEntries(ARREARS_BUCKETS.map((b) => [b.value, { policies: 0, pending: 0 }]))
  const byBranch: Record<string, { policies: number; pending: number }> = {}
  let totalPending = 0
  let policies = 0
  for await (const batch of iterateInBatches<Policy>({
    req,
    collection: SLUGS.policies,
    where,
    select: { totalDue: true, amountPaid: true, paymentDueDate: true, branch: true },
    batchSize: 5000,
  })) {
    for (const p of batch) {
      const pending = pendingAmount(p)
      const bucket = arrearsBucket(daysPastDue(p.paymentDueDate, asOf))
      totalPending += pending
      policies += 1
      const branch = String(idOf(p.branch) ?? 'sin-sucursal')
      byBranch[branch] ??= { policies: 0, pending: 0 }
      byBranch[branch].policies += 1
      byBranch[branch].pending += pending
      if (bucket) {
        byBucket[bucket]!.policies += 1
        byBucket[bucket]!.pending += pending
      }
    }
  }
  return { policies, totalPending, byBucket, byBranch }
}
