import type { PayloadRequest } from 'payload'

import { INTERNAL_ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** Brokers and providers work only through the portal APIs (R-ROL-02). */
export const canUseAdminPanel = ({ req }: { req: PayloadRequest }): boolean =>
  checkRole(req.user, INTERNAL_ROLES)
