import type { Access } from 'payload'

import { BRANCH_ROLES, NATIONAL_ROLES, ROLES } from '@/auth/roles'
import { SNAPSHOT_STATUS } from '@/rules/indicators/snapshotStatus'
import { checkRole } from './checkRole'

/**
 * 001 §7.2.1 item 3 / §7.2.2 item 2: the collections manager and the administrator read every
 * snapshot, drafts included; the other national staff and branch staff read the published ones
 * (branch staff only their branch's rows: keepOwnBranchFigures); firms, editors and portals none.
 */
export const publishedIndicatorsOrKeepers: Access = ({ req: { user } }) => {
  if (checkRole(user, [ROLES.admin, ROLES.collectionsManager])) return true
  if (checkRole(user, [...NATIONAL_ROLES, ...BRANCH_ROLES])) return { status: { equals: SNAPSHOT_STATUS.values.published } }
  return false
}
