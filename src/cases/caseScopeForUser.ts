import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { idOf } from '@/utilities/idOf'

/**
 * The title, branch and firm of a case, read as the acting user (a system write without a user reads
 * as the system): a record attached to a case copies its scope from there, and nobody attaches one
 * to a case they cannot see (404).
 */
export const caseScopeForUser = async (req: PayloadRequest, caseId: number | string) => {
  const theCase = await req.payload.findByID({
    collection: SLUGS.cases,
    id: caseId,
    depth: 0,
    select: { title: true, branch: true, assignedFirm: true },
    overrideAccess: !req.user,
    user: req.user ?? undefined,
    req,
  })
  return { title: theCase.title ?? String(caseId), branch: idOf(theCase.branch), assignedFirm: idOf(theCase.assignedFirm) ?? null }
}
