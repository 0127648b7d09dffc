import type { Where } from 'payload'

import { BRANCH_ROLES, ROLES, type Role } from '@/auth/roles'
import { checkRole } from './checkRole'
import { CASE_WORKER_ROLES } from './userScope'

type Reader = { role?: string | null } | null | undefined
type Id = number | string | null | undefined

/** Case workers who work every branch's cases (R-ROL-01): `CASE_WORKER_ROLES` less branch staff and firms. */
export const NATIONAL_CASE_WORKER_ROLES: Role[] = CASE_WORKER_ROLES.filter(
  (role) => !(BRANCH_ROLES as string[]).includes(role) && role !== ROLES.externalFirm,
)

/**
 * Whether the reader may filter users by their active flag: the managers of users, and the server
 * itself (no reader: seeds and hooks with overrideAccess). Other staff read a user's name, role and
 * branch only, and a `where` on `active` would be refused to them (refuseUnreadableQueryPaths), so
 * their pickers list inactive users too and the save refuses them (R-ROL-01).
 */
export const readsUserStatus = (reader: Reader): boolean => !reader?.role || checkRole(reader, [ROLES.admin, ROLES.collectionsManager])

const onlyActive = (reader: Reader, where: Where): Where => (readsUserStatus(reader) ? { and: [where, { active: { not_equals: false } }] } : where)

/**
 * R-ROL-01: who a picker of external firms lists (a debtor's or case's firm, an assignment batch's
 * firm, the assignment rules' firms): users of role external firm, active ones when the reader may
 * see the flag. The same rule as `assertIsExternalFirm`, which the save enforces. `anyStatus`: a
 * record about a firm's past work (its management or closing report) may name a firm since deactivated.
 */
export const externalFirmOptions = (reader: Reader, { anyStatus = false } = {}): Where => {
  const firms: Where = { role: { equals: ROLES.externalFirm } }
  return anyStatus ? firms : onlyActive(reader, firms)
}

/**
 * R-ROL-01: who the picker of a case's responsible lists, as `assertMayBeResponsible` decides:
 * national case workers (administrator, collections manager, executor officer), the staff of the
 * case's branch, and the external firm assigned to the case. Active ones when the reader may see it.
 */
export const caseResponsibleOptions = (reader: Reader, theCase: { branch?: Id; assignedFirm?: Id }): Where => {
  const who: Where[] = [{ role: { in: NATIONAL_CASE_WORKER_ROLES } }]
  if (theCase.branch !== null && theCase.branch !== undefined && theCase.branch !== '') {
    who.push({ and: [{ role: { in: BRANCH_ROLES } }, { branch: { equals: theCase.branch } }] })
  }
  if (theCase.assignedFirm !== null && theCase.assignedFirm !== undefined && theCase.assignedFirm !== '') {
    who.push({ and: [{ role: { equals: ROLES.externalFirm } }, { id: { equals: theCase.assignedFirm } }] })
  }
  return onlyActive(reader, { or: who })
}
