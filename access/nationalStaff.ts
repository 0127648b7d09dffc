import type { Access } from 'payload'

import { NATIONAL_ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** Staff who work every branch (administrator, collections manager, executor officer, legal manager). */
export const nationalStaff: Access = ({ req: { user } }) => checkRole(user, NATIONAL_ROLES)
