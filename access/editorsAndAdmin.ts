import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** R-NOT-02: the public notices are the editors' work (and the administrator's). */
export const editorsAndAdmin: Access = ({ req: { user } }) => checkRole(user, [ROLES.admin, ROLES.editor])
