import type { Access } from 'payload'

import { INTERNAL_ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

export const isInternalStaff: Access = ({ req: { user } }) => checkRole(user, INTERNAL_ROLES)
