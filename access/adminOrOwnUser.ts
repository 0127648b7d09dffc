import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** Administrators write any user; everyone else only its own (what it may change: refusePrivilegeChange). */
export const adminOrOwnUser: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(user, [ROLES.admin])) return true
  return { id: { equals: user.id } }
}
