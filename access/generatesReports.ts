import type { Access } from 'payload'

import { ROLES } from '@/auth/roles'
import { checkRole } from './checkRole'

/**
 * Who generates a periodic report (seed 001 §7.2.3 items 9–10, §7.9.3): the administrator, the
 * collections manager and the executor officer; an external firm its own (`assignedFirm` = itself).
 * Which kind each may generate is R-INF-01 (generateReportFigures).
 */
export const generatesReports: Access = ({ req: { user } }) => {
  if (checkRole(user, [ROLES.admin, ROLES.collectionsManager, ROLES.executorOfficer])) return true
  if (user && checkRole(user, [ROLES.externalFirm])) return { assignedFirm: { equals: user.id } }
  return false
}
