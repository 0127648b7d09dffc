import type { Access } from 'payload'

import { ROLES } from '../src/auth/roles'
import { PORTFOLIO_STAFF_ROLES, writeScopeWhere } from '../src/rules/access/userScope'

const DEBTOR_UPDATERS = [...PORTFOLIO_STAFF_ROLES, ROLES.executorOfficer]

/**
 * Who updates a debtor: its branch's staff (and national managers), plus the executor officer in
 * any branch, who may change only the BDME report (R-ROL-05, enforced by `guardBdmeReport`).
 */
export const staffInOwnBranchOrExecutor: Access = ({ req: { user } }) =>
  writeScopeWhere(user, DEBTOR_UPDATERS, { branch: 'branch' })
