import { randomBytes } from 'crypto'
import type { CollectionBeforeOperationHook } from 'payload'

import { detectFileContent } from '../../../src/documents/detectFileContent'
import { storedFilename } from '../../../src/documents/storedFilename'
import { assertAttachmentAllowed } from '../../../src/rules/attachments'
import { toApiError } from '../../../src/utilities/enforceRule'

/**
 * R-REQ-04 before Payload touches the file: extension, size and real content are checked,
 * so a refused file is never stored on disk nor recorded. An accepted one gets the type its content
 * proved and a name of its own (storedFilename), so it never overwrites another.
 */
export const validateAttachment: CollectionBeforeOperationHook<'documents'> = async ({ args, operation, req }) => {
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
    file.name = storedFilename(file.name, randomBytes(4).toString('hex'))
  } catch (error) {
    throw toApiError(error)
  }
  return args
}
