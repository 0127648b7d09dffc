import type { CollectionBeforeValidateHook } from 'payload'

import { assertPolicyConsistent } from '@/rules/policyConsistency'
import { enforceRule } from '@/utilities/enforceRule'

/** R-REQ-03 and the policy's own coherence (cover dates, cancellation date, amounts). */
export const validatePolicy: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const plate = enforceRule(() => assertPolicyConsistent(merged))
  return { ...data, plate }
}
