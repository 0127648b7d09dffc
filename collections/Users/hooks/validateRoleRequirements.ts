import type { CollectionBeforeValidateHook } from 'payload'

import type { User } from '@/payload-types'
import { enforceRule } from '@/utilities/enforceRule'
import { assertRoleRequirements } from '@/rules/userRoleRequirements'

/** A branch role needs its branch, a broker its claves, a provider its NIT: otherwise it would see nothing or everything. */
export const validateRoleRequirements: CollectionBeforeValidateHook<User> = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) }
  enforceRule(() => assertRoleRequirements(merged))
  return data
}
