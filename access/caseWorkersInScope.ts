import type { Access } from 'payload'

import { CASE_WORKER_ROLES, writeScopeWhere } from '@/rules/access/userScope'

/**
 * Who works a collection case: the administrator, the collections manager and the executor
 * officer anywhere; branch staff in their branch; an external firm only the cases assigned to it.
 * What each may do inside the case is then decided by the stage rules (R-ROL-03/05).
 */
export const caseWorkersInScope: Access = ({ req: { user } }) =>
  writeScopeWhere(user, CASE_WORKER_ROLES, { branch: 'branch', firm: 'assignedFirm' })
