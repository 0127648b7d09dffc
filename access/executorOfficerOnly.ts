import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** R-ROL-05: acts that are the executor officer's alone (the BDME report and its withdrawal). */
export const executorOfficerOnly: Access = ({ req: { user } }) => checkRole(user, [ROLES.executorOfficer])
