import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { SLUGS } from '@/constants/slugs'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'

/**
 * R-REQ-06: one row per year holding the last case number handed out. It is only written by
 * src/requests/nextCaseSequence.ts with `INSERT … ON CONFLICT … DO UPDATE … RETURNING` inside the
 * filing transaction, so concurrent filings queue on the row and never share a number.
 */
export const CaseNumberCounters: CollectionConfig = {
  slug: SLUGS.caseNumberCounters,
  labels: { singular: 'Consecutivo de casos', plural: 'Consecutivos de casos' },
  admin: { hidden: true, useAsTitle: 'year' },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeOperation: [refuseUnreadableQueryPaths] },
  fields: [
    { name: 'year', label: 'Año', type: 'number', required: true, unique: true, index: true },
    { name: 'lastNumber', label: 'Último consecutivo', type: 'number', required: true, defaultValue: 0 },
  ],
}
