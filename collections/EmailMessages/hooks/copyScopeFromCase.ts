import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { EmailMessage } from '@/payload-types'
import { idOf } from '@/utilities/idOf'

/**
 * A message that belongs to a case takes the case's branch and firm, so it is read by whoever reads
 * the case (read access is a plain, indexed Where, as for notifications and case events). A message
 * without a case (a password reset, a digest to a user) has neither and stays with national roles.
 * Only the server writes messages, so the case is read as the system.
 */
export const copyScopeFromCase: CollectionBeforeChangeHook<EmailMessage> = async ({ data, originalDoc, req }) => {
  const caseId = idOf(data.case) ?? idOf(originalDoc?.case)
  if (caseId === undefined) return { ...data, branch: null, assignedFirm: null }
  const theCase = await req.payload.findByID({
    collection: SLUGS.cases,
    id: caseId,
    select: { branch: true, assignedFirm: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    ...data,
    branch: (idOf(theCase.branch) as number | undefined) ?? null,
    assignedFirm: (idOf(theCase.assignedFirm) as number | undefined) ?? null,
  }
}
