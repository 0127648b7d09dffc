import type { TaskConfig } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { IMPORT_STATUS } from '@/rules/imports/importOptions'
import { runPortfolioImport } from './runPortfolioImport'

export const IMPORTS_QUEUE = 'imports'

/**
 * Issue 13 item 1: loads one portfolio import (queue `imports`). A rejected or cancelled file is an
 * answer, not a fault: the job completes with that status. A fault (database down, bug) marks the
 * import FALLIDA with its message and is not retried (a new import is the retry).
 */
export const importPortfolioTask: TaskConfig<'importPortfolio'> = {
  slug: 'importPortfolio',
  label: 'Carga de cartera desde el sistema central',
  inputSchema: [{ name: 'importId', type: 'number', required: true }],
  outputSchema: [
    { name: 'status', type: 'text', required: true },
    { name: 'rowsTotal', type: 'number' },
    { name: 'rowsFailed', type: 'number' },
    { name: 'counts', type: 'json' },
  ],
  retries: 0,
  handler: async ({ input, req }) => {
    try {
      const outcome = await runPortfolioImport(req, input.importId)
      return { output: { status: outcome.status, rowsTotal: outcome.rowsTotal, rowsFailed: outcome.rowsFailed, counts: outcome.counts } }
    } catch (error) {
      await req.payload.update({
        collection: SLUGS.portfolioImports,
        id: input.importId,
        data: { status: IMPORT_STATUS.failed, message: `La carga falló: ${error instanceof Error ? error.message : String(error)}`, finishedAt: new Date().toISOString() },
        overrideAccess: true,
        depth: 0,
        req,
      })
      throw error
    }
  },
}
