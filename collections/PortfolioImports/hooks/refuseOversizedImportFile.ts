import type { CollectionBeforeValidateHook } from 'payload'

import type { PortfolioImport } from '@/payload-types'
import { assertImportFileSize } from '@/rules/uploadLimits'
import { enforceRule } from '@/utilities/enforceRule'

/** CARGA-01: a portfolio file over the import limit is refused before anything is stored. */
export const refuseOversizedImportFile: CollectionBeforeValidateHook<PortfolioImport> = ({ data, req }) => {
  if (req.file) enforceRule(() => assertImportFileSize(req.file!.name, req.file!.size))
  return data
}
