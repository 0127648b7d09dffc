import type { CollectionAfterChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Guarantee } from '@/payload-types'
import { idOf } from '@/utilities/idOf'
import { withContext } from '@/utilities/withContext'

/** R-GAR-08: once its substitute is recorded, the replaced guarantee is marked SUSTITUIDA (same transaction). */
export const markReplacedGuarantee: CollectionAfterChangeHook<Guarantee> = async ({ doc, operation, req }) => {
  const previousId = idOf(doc.substitution?.previous)
  if (operation !== 'create' || previousId === undefined) return doc
  await withContext(req, { guaranteeStatusOnly: true }, () =>
    req.payload.update({ collection: SLUGS.guarantees, id: previousId, data: { status: 'SUSTITUIDA' }, overrideAccess: true, req }),
  )
  return doc
}
