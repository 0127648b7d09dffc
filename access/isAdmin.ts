import type { Access } from 'payload'

import { ROLES } from '../src/auth/roles'
import { checkRole } from './checkRole'

export const isAdmin: Access = ({ req: { user } }) => checkRole(user, [ROLES.admin])
