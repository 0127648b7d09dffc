import type { CollectionBeforeChangeHook } from 'payload'

import type { BdmeEntry } from '@/payload-types'
import { assertBdmeEntryChange } from '@/rules/bdme/bdmeEntry'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

/**
 * R-ROL-05: a report with its date and reason, withdrawn at most once with its date and reason,
 * never rewritten. Who reported and who withdrew are stamped from the acting user (the executor
 * officer: the collection's access lets no one else write).
 */
export const checkBdmeEntryChange: CollectionBeforeChangeHook<BdmeEntry> = ({ data, operation, originalDoc, req }) => {
  const after = { ...originalDoc, ...data }
  enforceRule(() => assertBdmeEntryChange(operation === 'update' ? (originalDoc ?? null) : null, after, todayFor(req)))
  const withdrawing = Boolean(after.withdrawnOn) && !originalDoc?.withdrawnOn
  return {
    ...data,
    reportedBy: operation === 'create' ? req.user?.id : originalDoc?.reportedBy,
    withdrawnBy: withdrawing ? req.user?.id : originalDoc?.withdrawnBy,
    open: !after.withdrawnOn,
  }
}
