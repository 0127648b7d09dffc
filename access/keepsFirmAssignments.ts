import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/**
 * Seed 001 §7.2.1 item 6: assigning debts to external firms is the collections manager's (and the
 * administrator's); they keep the rules, run the monthly batch, review and confirm it.
 */
export const keepsFirmAssignments: Access = ({ req: { user } }) => checkRole(user, [ROLES.admin, ROLES.collectionsManager])
