import type { Access } from 'payload'

import { BRANCH_ROLES, ROLES } from '../src/auth/roles'
import { checkRole } from './checkRole'

/** Who files requests and legalizations: brokers (under their claves) and the staff who work them. */
export const brokersAndPortfolioStaff: Access = ({ req: { user } }) =>
  checkRole(user, [ROLES.broker, ROLES.admin, ROLES.collectionsManager, ...BRANCH_ROLES])
