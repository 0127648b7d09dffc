import type { FieldAccess } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/**
 * A user's private data (e-mail, phone, claves, NIT, active flag): read by the administrator and the
 * collections manager, who manage users, and by the user itself; other staff, who read the user for
 * its name, do not. Without a document (a `where` or `sort`), only the managers may query it.
 */
export const ownAccountOrUserManagerField: FieldAccess = ({ req: { user }, doc }) => {
  if (!user) return false
  if (checkRole(user, [ROLES.admin, ROLES.collectionsManager])) return true
  return doc?.id !== undefined && String(doc.id) === String(user.id)
}
