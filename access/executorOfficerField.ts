import type { FieldAccess } from 'payload'

import { ROLES } from '../src/auth/roles'
import { checkRole } from './checkRole'

/** R-ROL-05: reporting a debtor to the BDME is the executor officer's act alone. */
export const executorOfficerField: FieldAccess = ({ req: { user } }) => checkRole(user, [ROLES.executorOfficer])
