import type { Access, Where } from 'payload'

import { BRANCH_ROLES, ROLES } from '../src/auth/roles'
import { idOf } from '../src/utilities/idOf'
import { checkRole } from './checkRole'

/**
 * Who works a collection case: the administrator, the collections manager and the executor
 * officer anywhere; branch staff in their branch; an external firm only the cases assigned to it.
 * What each may do inside the case is then decided by the stage rules (R-ROL-03/05).
 */
export const caseWorkersInScope: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(user, [ROLES.admin, ROLES.collectionsManager, ROLES.executorOfficer])) return true
  const branch = idOf(user.branch)
  if (checkRole(user, BRANCH_ROLES) && branch !== undefined) return { branch: { equals: branch } } as Where
  if (checkRole(user, [ROLES.externalFirm])) return { assignedFirm: { equals: user.id } } as Where
  return false
}
