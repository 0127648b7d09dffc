import type { Access } from 'payload'

import { BRANCH_ROLES, ROLES } from '../src/auth/roles'
import { idOf } from '../src/utilities/idOf'
import { checkRole } from './checkRole'

/** Who maintains portfolio records: the administrator and collections manager anywhere, branch staff in their branch. */
export const staffInOwnBranch =
  (branchPath = 'branch'): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (checkRole(user, [ROLES.admin, ROLES.collectionsManager])) return true
    const branch = idOf(user.branch)
    if (checkRole(user, BRANCH_ROLES) && branch !== undefined) {
      return { [branchPath]: { equals: branch } }
    }
    return false
  }
