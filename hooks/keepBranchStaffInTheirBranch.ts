import type { CollectionBeforeValidateHook } from 'payload'

import { checkRole } from '../access/checkRole'
import { BRANCH_ROLES } from '@/auth/roles'
import { RuleViolation } from '@/rules/ruleViolation'
import { toApiError } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import type { Case, Party, Policy } from '@/payload-types'

/**
 * Branch staff file records only in their own branch (R-ROL-01): a missing branch is filled
 * with theirs, another branch is refused. Read access cannot express this for creates.
 */
export const keepBranchStaffInTheirBranch: CollectionBeforeValidateHook<Case | Party | Policy> = ({ data, operation, req }) => {
  if (!data || !checkRole(req.user, BRANCH_ROLES)) return data
  const own = idOf(req.user?.branch)
  const requested = idOf(data.branch)
  if (requested === undefined) return operation === 'create' ? { ...data, branch: own } : data
  if (String(requested) !== String(own)) {
    throw toApiError(new RuleViolation('R-ROL-01', 'Solo puede registrar información de su propia sucursal.', 403))
  }
  return data
}
