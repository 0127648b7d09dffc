import type { GlobalBeforeValidateHook } from 'payload'

import { assertSettingsConsistent } from '../../../src/rules/settingsConsistency'
import { enforceRule } from '../../../src/utilities/enforceRule'

export const validateSettings: GlobalBeforeValidateHook = ({ data }) => {
  if (data) enforceRule(() => assertSettingsConsistent(data))
  return data
}
