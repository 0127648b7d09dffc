import type { FieldAccess } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

export const isAdminField: FieldAccess = ({ req: { user } }) => checkRole(user, [ROLES.admin])
