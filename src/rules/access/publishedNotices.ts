import type { Where } from 'payload'

import { ROLES } from '@/auth/roles'

import { checkRole } from './checkRole'
import { isNoRows } from './noRows'
import { scopeWhere, type ScopeUser } from './userScope'

/** A notice published on the public list (Payload's drafts keep `_status`). */
export const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * R-NOT-02, issue 11: anyone (anonymous visitors too) reads the published notices; editors and
 * national staff every notice, drafts included; branch staff also the drafts of their branch.
 */
export const noticesReadWhere = (user: ScopeUser | null | undefined): Where | boolean => {
  if (checkRole(user, [ROLES.editor])) return true
  const staff = scopeWhere(user, { branch: 'branch' })
  if (staff === true) return true
  return staff === false || isNoRows(staff) ? PUBLISHED : { or: [PUBLISHED, staff] }
}
