import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { scopeWhere } from '@/rules/access/userScope'
import { checkRole } from './checkRole'

/**
 * Notifications as `rowsInUserScope` reads them (branch staff their branch, a firm its cases,
 * national staff all), and editors all of them, read-only: a notice is published for the
 * notification record of any branch's act (R-NOT-02), and the editor picks it in the notice.
 */
export const notificationsInScopeOrEditor: Access = ({ req: { user } }) =>
  checkRole(user, [ROLES.editor]) ? true : scopeWhere(user, { branch: 'branch', firm: 'assignedFirm' })
