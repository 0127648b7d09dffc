import type { RelationshipField } from 'payload'

import { SLUGS } from '@/constants/slugs'

/** The external collection firm a record is assigned to: the column the firm scope filters on, indexed. */
export const assignedFirmField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'assignedFirm',
    label: 'Firma externa asignada',
    type: 'relationship',
    relationTo: SLUGS.users,
    index: true,
    ...overrides,
  }) as RelationshipField
