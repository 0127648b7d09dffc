import type { CollectionBeforeOperationHook } from 'payload'

import { changedFields } from '@/rules/access/changedFields'
import { assertBdmeFlagsFromRegister, BDME_FIELDS } from '@/rules/parties/bdmeReport'
import { enforceRule } from '@/utilities/enforceRule'
import { storedForComparison } from '@/utilities/storedForComparison'

/**
 * R-ROL-05: the BDME flag of a debtor is written only from the register (bdme-entries, with
 * overrideAccess); a client that sends a different value is refused out loud (field access alone
 * would silently drop it).
 */
export const guardBdmeReport: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || args.overrideAccess) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const current =
    operation === 'create'
      ? { reportedToBdme: false, bdmeReportedAt: null }
      : await storedForComparison(req, collection.slug, operation, (args as { id?: number | string }).id)
  enforceRule(() => assertBdmeFlagsFromRegister(changedFields(current, data, BDME_FIELDS)))
  return args
}
