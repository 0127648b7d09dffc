import type { RelationshipField } from 'payload'

import { SLUGS } from '@/constants/slugs'

/** The branch (sucursal) a record belongs to: the column every branch scope filters on, indexed. */
export const branchField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'branch',
    label: 'Sucursal',
    type: 'relationship',
    relationTo: SLUGS.branches,
    index: true,
    ...overrides,
  }) as RelationshipField
