import { createHash } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

import type { PortfolioImport } from '@/payload-types'

/** On upload: the file's SHA-256 (a re-import of the same file is recognised by it) and who loaded it. */
export const stampImportFile: CollectionBeforeChangeHook<PortfolioImport> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const bytes = req.file?.data
  return {
    ...data,
    fileHash: bytes ? createHash('sha256').update(bytes).digest('hex') : (data.fileHash ?? null),
    importedBy: req.user?.id ?? null,
  }
}
