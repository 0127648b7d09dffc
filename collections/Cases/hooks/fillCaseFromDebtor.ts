import type { CollectionBeforeValidateHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { idOf } from '@/utilities/idOf'

/**
 * A case takes its debtor's branch and assigned firm unless set, and its title from the debtor.
 * The debtor is read as the acting user, so nobody opens a case on a debtor they cannot see.
 */
export const fillCaseFromDebtor: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const debtorId = idOf(data.debtor) ?? idOf(originalDoc?.debtor)
  if (debtorId === undefined) return data
  if (originalDoc && String(idOf(originalDoc.debtor)) === String(debtorId) && originalDoc.title) return data
  const debtor = await req.payload.findByID({
    collection: SLUGS.parties,
    id: debtorId,
    depth: 0,
    select: { displayName: true, idNumber: true, branch: true, assignedFirm: true },
    overrideAccess: !req.user,
    user: req.user ?? undefined,
    req,
  })
  return {
    ...data,
    debtorName: debtor.displayName,
    title: `${debtor.idNumber} · ${debtor.displayName ?? ''}`.trim(),
    branch: data.branch ?? originalDoc?.branch ?? debtor.branch,
    assignedFirm: data.assignedFirm !== undefined ? data.assignedFirm : (originalDoc?.assignedFirm ?? debtor.assignedFirm ?? null),
  }
}
