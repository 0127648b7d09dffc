import type { CollectionBeforeDeleteHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { assertSignedActKept } from '@/rules/acts/signedAct'
import { enforceRule } from '@/utilities/enforceRule'

/** R-COB-17: a signed act stays in the case file; not even an administrator deletes it. */
export const refuseDeletionOfSignedAct: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const document = await req.payload.findByID({ collection: SLUGS.documents, id, depth: 0, select: { actStatus: true }, overrideAccess: true, req })
  enforceRule(() => assertSignedActKept(document.actStatus))
}
