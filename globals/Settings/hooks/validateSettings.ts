import type { GlobalBeforeValidateHook } from 'payload'

import type { Setting } from '@/payload-types'
import { assertSettingsConsistent } from '@/rules/settingsConsistency'
import { enforceRule } from '@/utilities/enforceRule'

/** The settings' own consistency (one SMMLV per year, rate periods that do not overlap) before saving. */
// Payload types a global's data as `any`; the parameter says what it is.
export const validateSettings: GlobalBeforeValidateHook = ({ data }: { data?: Partial<Setting> }) => {
  if (data) enforceRule(() => assertSettingsConsistent(data))
  return data
}
