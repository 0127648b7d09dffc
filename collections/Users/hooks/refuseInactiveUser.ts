import type { CollectionBeforeLoginHook } from 'payload'

import type { User } from '@/payload-types'
import { assertUserMaySignIn } from '@/rules/auth/userChanges'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * Checked after the password (beforeLogin), so only someone who knows it learns that the account
 * is inactive; the session Payload just created is rolled back with the refusal.
 */
export const refuseInactiveUser: CollectionBeforeLoginHook<User> = ({ user }) => {
  enforceRule(() => assertUserMaySignIn(user))
  return user
}
