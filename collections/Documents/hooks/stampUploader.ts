import type { CollectionBeforeChangeHook } from 'payload'

/** Who uploaded a document decides who else may read it, so it is set by the server, never by the client. */
export const stampUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') data.uploadedBy = req.user?.id ?? null
  return data
}
