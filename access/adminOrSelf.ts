import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** Administrators and the collections manager see every user; anyone else only themselves. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(user, [ROLES.admin, ROLES.collectionsManager])) return true
  return { id: { equals: user.id } }
}
