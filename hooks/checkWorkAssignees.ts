import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { SLUGS } from '../src/constants/slugs'
import { assertIsExternalFirm, assertMayBeResponsible } from '../src/rules/access/workAssignment'
import { enforceRule } from '../src/utilities/enforceRule'
import { idOf } from '../src/utilities/idOf'

const loadUser = async (req: PayloadRequest, id: number | string) => {
  const user = await req.payload.findByID({
    collection: SLUGS.users,
    id,
    depth: 0,
    select: { role: true, branch: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return user ? { id: user.id, role: user.role, branch: idOf(user.branch) ?? null } : null
}

/**
 * R-ROL-01, finding 5: whoever assigns work picks a real assignee. The firm of a debtor or case
 * is an external firm user; the responsible of a case is staff who can work it (never a broker).
 * Checked only when the value changes, so older records keep working.
 */
export const checkWorkAssignees: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const changed = (field: string) => field in data && String(idOf(data[field]) ?? '') !== String(idOf(originalDoc?.[field]) ?? '')
  const firm = idOf(data.assignedFirm)
  if (changed('assignedFirm') && firm !== undefined) {
    const candidate = await loadUser(req, firm)
    enforceRule(() => assertIsExternalFirm(candidate))
  }
  const hasResponsible = collection.flattenedFields.some((f) => 'name' in f && f.name === 'responsible')
  const responsible = idOf(data.responsible)
  if (hasResponsible && changed('responsible') && responsible !== undefined) {
    const candidate = await loadUser(req, responsible)
    enforceRule(() => assertMayBeResponsible(candidate, { branch: idOf(data.branch) ?? null, assignedFirm: firm ?? null }))
  }
  return data
}
