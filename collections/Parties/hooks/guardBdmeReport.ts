import type { CollectionBeforeOperationHook } from 'payload'

import { ROLES } from '../../../src/auth/roles'
import { changedFields } from '../../../src/rules/access/changedFields'
import {
  assertExecutorChangesOnlyBdme,
  assertOnlyExecutorReportsToBdme,
  BDME_FIELDS,
} from '../../../src/rules/parties/bdmeReport'
import { enforceRule } from '../../../src/utilities/enforceRule'
import { storedForComparison } from '../../../src/utilities/storedForComparison'

/** What the server computes or ignores: never a change the executor makes. */
const NOT_WRITTEN_BY_CLIENTS = new Set(['id', 'createdAt', 'updatedAt', 'displayName', 'claves'])

/**
 * R-ROL-05: only the executor officer reports a debtor to the BDME, and the executor changes a
 * debtor only for that. Refused out loud (field access alone would silently drop the value).
 */
export const guardBdmeReport: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || args.overrideAccess) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const current =
    operation === 'create'
      ? { reportedToBdme: false, bdmeReportedAt: null }
      : await storedForComparison(req, collection.slug, operation, (args as { id?: number | string }).id)
  const role = req.user?.role
  enforceRule(() => assertOnlyExecutorReportsToBdme(role, changedFields(current, data, BDME_FIELDS)))
  if (role === ROLES.executorOfficer) {
    const sent = Object.keys(data).filter((field) => !NOT_WRITTEN_BY_CLIENTS.has(field))
    enforceRule(() => assertExecutorChangesOnlyBdme(role, changedFields(current, data, sent)))
  }
  return args
}
