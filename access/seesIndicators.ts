import type { PayloadRequest } from 'payload'

import { BRANCH_ROLES, NATIONAL_ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** Who opens /admin/indicadores: national staff and branch staff (the same roles that read snapshots). */
export const seesIndicators = ({ req }: { req: Pick<PayloadRequest, 'user'> }): boolean => checkRole(req.user, [...NATIONAL_ROLES, ...BRANCH_ROLES])
