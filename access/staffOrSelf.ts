import type { Access } from 'payload'

import { INTERNAL_ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/**
 * Users: internal staff see every user, so a case's responsible and firm show as a name to whoever
 * reads the case; what they see of another user is its name, role, branch and firm only (the rest
 * is `ownAccountOrUserManagerField`). Brokers and providers see only themselves (R-ROL-02).
 */
export const staffOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(user, INTERNAL_ROLES)) return true
  return { id: { equals: user.id } }
}
