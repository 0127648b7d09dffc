import type { CollectionBeforeOperationHook } from 'payload'

import { assertUploadedAsFile } from '@/rules/attachments'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * R-REQ-04: a document is created only from a file sent with the request. Payload would otherwise
 * fetch `{ filename, url }` from the Internet (its re-upload path), a file no content check sees.
 * Runs before Payload fetches anything. Duplicating an accepted document is not an upload.
 */
export const refuseUploadWithoutFile: CollectionBeforeOperationHook<'documents'> = ({ args, operation, req }) => {
  if (operation !== 'create' || args.duplicateFromID != null) return args
  enforceRule(() => assertUploadedAsFile({ hasFile: Boolean(req.file) }))
  return args
}
