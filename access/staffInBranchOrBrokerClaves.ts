import type { Access } from 'payload'

import { BRANCH_ROLES, ROLES } from '../src/auth/roles'
import { idOf } from '../src/utilities/idOf'
import { checkRole } from './checkRole'

/**
 * Who works a broker's record: the administrator and collections manager anywhere, branch staff in
 * their branch, the broker on its own claves (what it may change is narrowed by the collection's hooks).
 */
export const staffInBranchOrBrokerClaves =
  (paths: { branch: string; clave: string }): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (checkRole(user, [ROLES.admin, ROLES.collectionsManager])) return true
    const branch = idOf(user.branch)
    if (checkRole(user, BRANCH_ROLES)) return branch !== undefined ? { [paths.branch]: { equals: branch } } : false
    if (checkRole(user, [ROLES.broker])) {
      const claves = user.claves ?? []
      return claves.length > 0 ? { [paths.clave]: { in: claves } } : false
    }
    return false
  }
