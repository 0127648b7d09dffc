import type { PayloadRequest } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** Jobs (the deadline sweep) are queued, run and cancelled by the system or an administrator. */
export const adminRunsJobs = ({ req }: { req: PayloadRequest }): boolean => checkRole(req.user, [ROLES.admin])
