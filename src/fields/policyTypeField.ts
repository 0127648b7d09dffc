import type { SelectField } from 'payload'

import { POLICY_TYPES } from '@/rules/policyTypes'
import { listSelectField } from './listSelectField'

/** Individual or group policy (R-CAR-04). */
export const policyTypeField = (overrides: Partial<SelectField> = {}): SelectField =>
  listSelectField({ name: 'policyType', label: 'Tipo de póliza', list: POLICY_TYPES }, overrides)
