import type { Access } from 'payload'

import { IMPORT_STATUS } from '@/rules/imports/importOptions'
import { keepsPortfolioImports } from './keepsPortfolioImports'

/**
 * Issue 13 item 1: updating a load is asking it to stop (`cancelRequested`), so only a load that is
 * still queued or running may be updated, by those who keep the imports; an ended load is a record
 * (the admin shows it read-only, without "Guardar").
 */
export const cancelsUnfinishedImports: Access = (args) =>
  keepsPortfolioImports(args) ? { status: { in: [IMPORT_STATUS.queued, IMPORT_STATUS.running] } } : false
