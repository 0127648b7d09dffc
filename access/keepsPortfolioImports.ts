import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** Issue 13 item 1: the portfolio is loaded from the core system by the administrator and the collections manager only. */
export const keepsPortfolioImports: Access = ({ req: { user } }) => checkRole(user, [ROLES.admin, ROLES.collectionsManager])
