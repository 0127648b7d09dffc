import type { FieldAccess } from 'payload'

import { INTERNAL_ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/**
 * Fields of the insurer's own work (collection status, who works a debtor, which brokers share a
 * client): read by internal staff only, never by brokers or providers (R-ROL-02). Payload then
 * also refuses a `where` or `sort` on them for those roles.
 */
export const internalStaffField: FieldAccess = ({ req: { user } }) => checkRole(user, INTERNAL_ROLES)
