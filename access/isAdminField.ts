import type { FieldAccess } from 'payload'

import { ROLES } from '../src/auth/roles'
import { checkRole } from './checkRole'

export const isAdminField: FieldAccess = ({ req: { user } }) => checkRole(user, [ROLES.admin])
