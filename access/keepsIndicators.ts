import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/** 001 §7.2.1 item 3: the collections manager (and the administrator) takes and publishes the deterioration indicators. */
export const keepsIndicators: Access = ({ req: { user } }) => checkRole(user, [ROLES.admin, ROLES.collectionsManager])
