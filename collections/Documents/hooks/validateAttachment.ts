import type { CollectionBeforeOperationHook } from 'payload'

import { detectFileContent } from '../../../src/documents/detectFileContent'
import { assertAttachmentAllowed } from '../../../src/rules/attachments'
import { toApiError } from '../../../src/utilities/enforceRule'

/**
 * R-REQ-04 before Payload touches the file: extension, size and real content are checked,
 * so a refused file is never stored on disk nor recorded.
 */
export const validateAttachment: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  try {
    const { mimeType } = assertAttachmentAllowed({
      filename: file.name,
      sizeBytes: file.size,
      content: await detectFileContent(file.data),
    })
    file.mimetype = mimeType
  } catch (error) {
    throw toApiError(error)
  }
  return args
}
