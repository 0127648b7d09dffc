import type { SelectField } from 'payload'

import { POLICY_TYPES } from '../rules/policyTypes'

/** Individual or group policy (R-CAR-04). */
export const policyTypeField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'policyType',
    label: 'Tipo de póliza',
    type: 'select',
    options: [...POLICY_TYPES],
    ...overrides,
  }) as SelectField
