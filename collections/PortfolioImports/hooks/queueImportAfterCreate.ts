import type { CollectionAfterChangeHook } from 'payload'

import type { PortfolioImport } from '@/payload-types'
import { IMPORTS_QUEUE } from '@/imports/importPortfolioTask'

/** A new import is loaded by the `importPortfolio` job (queue `imports`), in the same transaction as its row. */
export const queueImportAfterCreate: CollectionAfterChangeHook<PortfolioImport> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: 'importPortfolio', queue: IMPORTS_QUEUE, input: { importId: doc.id }, req })
  return doc
}
