import type { CollectionBeforeChangeHook } from 'payload'

import { loadCaseFacts } from '@/cases/caseFacts'
import type { Case } from '@/payload-types'
import { idOf } from '@/utilities/idOf'

/**
 * Loads, once per save, what the figures and the stage rules read besides the case (its debtor,
 * its notification records, the legal settings); the hooks after it take them from `req.context`.
 */
export const loadCaseFactsForSave: CollectionBeforeChangeHook<Case> = async ({ data, originalDoc, req }) => {
  await loadCaseFacts(req, originalDoc?.id, Number(idOf(data.debtor ?? originalDoc?.debtor)))
  return data
}
