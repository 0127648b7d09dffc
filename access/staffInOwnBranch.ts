import type { Access } from 'payload'

import { PORTFOLIO_STAFF_ROLES, writeScopeWhere } from '@/rules/access/userScope'

/** Who maintains portfolio records: the administrator and collections manager anywhere, branch staff in their branch. */
export const staffInOwnBranch =
  (branchPath = 'branch'): Access =>
  ({ req: { user } }) =>
    writeScopeWhere(user, PORTFOLIO_STAFF_ROLES, { branch: branchPath })
