import type { FieldAccess } from 'payload'

import { WORK_ASSIGNER_ROLES } from '@/rules/access/workAssignment'
import { checkRole } from './checkRole'

/**
 * Who decides who works a debtor or a case (responsible, firm, branch): the administrator, the
 * collections manager and the branch manager (R-ROL-01). Anyone else's value is dropped here and
 * refused out loud by `refuseWorkAssignmentByOthers`.
 */
export const assignsWorkField: FieldAccess = ({ req: { user } }) => checkRole(user, WORK_ASSIGNER_ROLES)
