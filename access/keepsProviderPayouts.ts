import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** Who keeps the registry of providers and loads their payouts: the administrator and the collections manager. */
export const keepsProviderPayouts: Access = ({ req: { user } }) => checkRole(user, [ROLES.admin, ROLES.collectionsManager])
