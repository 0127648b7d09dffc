import type { CollectionBeforeChangeHook } from 'payload'

import { changedFields } from '@/rules/access/changedFields'
import { assertSignedActUnchanged } from '@/rules/acts/signedAct'
import type { Document } from '@/payload-types'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * R-COB-17: a signed act is frozen — no field and no file of it changes, whoever asks (an
 * administrator included); only the scope it is read in follows its case (stampDocumentScope).
 */
export const refuseChangeOfSignedAct: CollectionBeforeChangeHook<Document> = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data
  const changed = changedFields(originalDoc as unknown as Record<string, unknown>, data as Record<string, unknown>, Object.keys(data))
  enforceRule(() => assertSignedActUnchanged({ status: originalDoc.actStatus, changedFields: changed }))
  return data
}
