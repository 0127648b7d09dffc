import type { Access } from 'payload'

import { BROKER_RECORD_WORKER_ROLES } from '@/rules/access/userScope'
import { checkRole } from './checkRole'

/** Who files requests and legalizations: brokers (under their claves) and the staff who work them. */
export const brokersAndPortfolioStaff: Access = ({ req: { user } }) => checkRole(user, BROKER_RECORD_WORKER_ROLES)
