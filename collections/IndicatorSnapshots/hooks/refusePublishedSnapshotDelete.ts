import type { CollectionBeforeDeleteHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { assertSnapshotChangeable } from '@/rules/indicators/snapshotStatus'
import { enforceRule } from '@/utilities/enforceRule'

/** R-IND-01: a published snapshot is never deleted (a draft may be). */
export const refusePublishedSnapshotDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection: SLUGS.indicatorSnapshots,
    id,
    select: { status: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  enforceRule(() => assertSnapshotChangeable(doc?.status, 'delete'))
}
