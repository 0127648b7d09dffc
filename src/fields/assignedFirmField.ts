import type { RelationshipField } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { externalFirmFilter, pickedUserValidate } from './userPicker'

/**
 * The external collection firm a record is assigned to: the column the firm scope filters on,
 * indexed. Its picker lists active external firms (R-ROL-01, `externalFirmOptions`); where a user
 * picks it, the rule is enforced on save by a hook (checkWorkAssignees) or by passing
 * `validate: pickedUserValidate(assertIsExternalFirm)`. Values copied by the server are not re-checked.
 */
export const assignedFirmField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'assignedFirm',
    label: 'Firma externa asignada',
    type: 'relationship',
    relationTo: SLUGS.users,
    index: true,
    filterOptions: externalFirmFilter,
    validate: pickedUserValidate(),
    ...overrides,
  }) as RelationshipField
