import type { CollectionAfterChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Party } from '@/payload-types'

/**
 * R-CAR-03: a holder's new name or ID reaches the search text of its policies (each policy is
 * re-saved one after the other, in the same transaction, and stampPolicySearchText recomputes it).
 */
export const refreshPolicySearchText: CollectionAfterChangeHook<Party> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  if (doc.displayName === previousDoc?.displayName && doc.idNumber === previousDoc?.idNumber) return doc
  const { docs } = await req.payload.find({
    collection: SLUGS.policies,
    where: { holder: { equals: doc.id } },
    select: { number: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const policy of docs) {
    await req.payload.update({ collection: SLUGS.policies, id: policy.id, data: {}, depth: 0, overrideAccess: true, context: { skipAudit: true }, req })
  }
  return doc
}
