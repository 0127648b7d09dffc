import type { PayloadRequest } from 'payload'

import { BRANCH_ROLES, NATIONAL_ROLES, ROLES } from '../src/auth/roles'
import { checkRole } from './checkRole'

/**
 * Staff who open "Cartera en mora" and its dashboard in the admin: those whose policy read access
 * yields rows (national, branch, external firm). Editors read no policies; portals use the API.
 */
export const seesArrearsPortfolio = ({ req }: { req: Pick<PayloadRequest, 'user'> }): boolean =>
  checkRole(req.user, [...NATIONAL_ROLES, ...BRANCH_ROLES, ROLES.externalFirm])
