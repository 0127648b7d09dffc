import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Case, Party } from '@/payload-types'
import { assertIsExternalFirm, assertMayBeResponsible } from '@/rules/access/workAssignment'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

const loadUser = async (req: PayloadRequest, id: number | string) => {
  const user = await req.payload.findByID({
    collection: SLUGS.users,
    id,
    depth: 0,
    select: { role: true, branch: true, active: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return user ? { id: user.id, role: user.role, branch: idOf(user.branch) ?? null, active: user.active } : null
}

/**
 * R-ROL-01: whoever assigns work picks a real assignee. The firm of a debtor or case
 * is an external firm user; the responsible of a case is staff who can work it (never a broker).
 * Checked only when the value changes, so older records keep working.
 */
export const checkWorkAssignees: CollectionBeforeChangeHook<Case | Party> = async ({ collection, data, originalDoc, req }) => {
  const sent = data as Partial<Case>
  const stored = originalDoc as Case | undefined
  const changed = (field: 'assignedFirm' | 'responsible') => field in sent && String(idOf(sent[field]) ?? '') !== String(idOf(stored?.[field]) ?? '')
  const firm = idOf(sent.assignedFirm)
  if (changed('assignedFirm') && firm !== undefined) {
    const candidate = await loadUser(req, firm)
    enforceRule(() => assertIsExternalFirm(candidate))
  }
  // Parties have no responsible: the Case view of `data` holds for them only through this check.
  const hasResponsible = collection.flattenedFields.some((f) => 'name' in f && f.name === 'responsible')
  const responsible = idOf(sent.responsible)
  if (hasResponsible && changed('responsible') && responsible !== undefined) {
    const candidate = await loadUser(req, responsible)
    enforceRule(() => assertMayBeResponsible(candidate, { branch: idOf(sent.branch) ?? null, assignedFirm: firm ?? null }))
  }
  return data
}
