import type { PayloadRequest } from 'payload'

import { INTERNAL_ROLES } from '@/auth/roles'
import { userScope } from '@/rules/access/userScope'
import { checkRole } from './checkRole'

/**
 * Staff who open "Cartera en mora" and its dashboard in the admin: internal staff with a scope of
 * portfolio rows (national, branch, external firm; not the editor). Portals use the API.
 */
export const seesArrearsPortfolio = ({ req }: { req: Pick<PayloadRequest, 'user'> }): boolean =>
  checkRole(req.user, INTERNAL_ROLES) && userScope(req.user) !== 'none'
