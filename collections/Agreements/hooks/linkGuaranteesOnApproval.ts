import type { CollectionAfterChangeHook } from 'payload'

import { isApproval } from '@/agreements/agreementSave'
import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import type { AgreementStatus } from '@/rules/agreements/statuses'
import { BACKING_GUARANTEE_STATUSES } from '@/rules/guarantees/statuses'
import { idOf } from '@/utilities/idOf'
import { withContext } from '@/utilities/withContext'

/**
 * The guarantees of the case offered for no agreement in particular back the one granted: they
 * are linked to it on approval (one after another, in the approval's transaction), so its
 * extension (R-AGR-10) and its default (R-AGR-12) find them.
 */
export const linkGuaranteesOnApproval: CollectionAfterChangeHook<Agreement> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? null : ((previousDoc?.status ?? null) as AgreementStatus | null)
  if (!isApproval(from, doc.status as AgreementStatus)) return doc
  const { docs } = await req.payload.find({
    collection: SLUGS.guarantees,
    where: { and: [{ case: { equals: idOf(doc.case) } }, { agreement: { exists: false } }, { status: { in: BACKING_GUARANTEE_STATUSES } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { status: true },
    overrideAccess: true,
    req,
  })
  for (const guarantee of docs) {
    await withContext(req, { guaranteeStatusOnly: true }, () =>
      req.payload.update({ collection: SLUGS.guarantees, id: guarantee.id, data: { agreement: doc.id }, overrideAccess: true, depth: 0, req }),
    )
  }
  return doc
}
