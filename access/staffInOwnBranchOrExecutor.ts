import type { Access } from 'payload'

import { ROLES } from '../src/auth/roles'
import { checkRole } from './checkRole'
import { staffInOwnBranch } from './staffInOwnBranch'

/**
 * Who updates a debtor: its branch's staff (and national managers), plus the executor officer in
 * any branch, who may change only the BDME report (R-ROL-05, enforced by `guardBdmeReport`).
 */
export const staffInOwnBranchOrExecutor: Access = (args) =>
  checkRole(args.req.user, [ROLES.executorOfficer]) ? true : staffInOwnBranch()(args)
