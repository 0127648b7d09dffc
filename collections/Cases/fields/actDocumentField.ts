import type { Field } from 'payload'

import { SLUGS } from '@/constants/slugs'

/** R-COB-08 / R-COB-17: the signed act's PDF, kept in the case file (checked by `checkActDocuments`). */
export const actDocumentField = (label: string, description: string): Field => ({
  name: 'document',
  label,
  type: 'upload',
  relationTo: SLUGS.documents,
  admin: { description },
})
