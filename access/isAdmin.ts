import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

export const isAdmin: Access = ({ req: { user } }) => checkRole(user, [ROLES.admin])
