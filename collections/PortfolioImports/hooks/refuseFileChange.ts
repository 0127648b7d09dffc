import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { PortfolioImport } from '@/payload-types'

/** A load is of the file it was created with: another file is another import. */
export const refuseFileChange: CollectionBeforeChangeHook<PortfolioImport> = ({ data, operation, req }) => {
  if (operation === 'update' && req.file) {
    throw new APIError('Una carga no cambia de archivo: cree una carga nueva con el otro archivo.', 400, undefined, true)
  }
  return data
}
