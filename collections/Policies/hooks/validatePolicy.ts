import type { CollectionBeforeValidateHook } from 'payload'

import { assertPolicyConsistent } from '../../../src/rules/policyConsistency'
import { enforceRule } from '../../../src/utilities/enforceRule'

/** R-REQ-03 and the policy's own coherence (cover dates, cancellation date, amounts). */
export const validatePolicy: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const plate = enforceRule(() => assertPolicyConsistent(merged))
  return { ...data, plate }
}
