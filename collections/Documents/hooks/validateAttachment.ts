import { randomBytes } from 'crypto'
import type { CollectionBeforeOperationHook } from 'payload'

import { detectFileContent } from '@/documents/detectFileContent'
import { storedFilename } from '@/documents/storedFilename'
import { assertAttachmentAllowed } from '@/rules/attachments'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * R-REQ-04 before Payload touches the file: extension, size and real content are checked,
 * so a refused file is never stored on disk nor recorded. An accepted one gets the type its content
 * proved and a name of its own (storedFilename), so it never overwrites another.
 */
export const validateAttachment: CollectionBeforeOperationHook<'documents'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const content = await detectFileContent(file.data)
  const { mimeType } = enforceRule(() => assertAttachmentAllowed({ filename: file.name, sizeBytes: file.size, content }))
  file.mimetype = mimeType
  file.name = storedFilename(file.name, randomBytes(4).toString('hex'))
  return args
}
