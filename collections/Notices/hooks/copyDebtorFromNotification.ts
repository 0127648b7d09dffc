import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Notice } from '@/payload-types'
import { idOf } from '@/utilities/idOf'

/**
 * A notice names the debtor and the branch of its notification's case, copied here so the public
 * list needs no access to cases; without a PDF of its own it carries the notification's copy of
 * the act. The notification is read as the acting user: nobody links one they cannot see.
 */
export const copyDebtorFromNotification: CollectionBeforeChangeHook<Notice> = async ({ data, originalDoc, req }) => {
  const notificationId = idOf(data.notification ?? originalDoc?.notification)
  if (notificationId === undefined) return data
  const notification = await req.payload.findByID({
    collection: SLUGS.notifications,
    id: notificationId,
    depth: 0,
    select: { case: true, branch: true, document: true },
    overrideAccess: !req.user,
    user: req.user ?? undefined,
    req,
  })
  const theCase = await req.payload.findByID({ collection: SLUGS.cases, id: idOf(notification.case)!, depth: 0, select: { debtor: true }, overrideAccess: true, req })
  const debtor = await req.payload.findByID({
    collection: SLUGS.parties,
    id: idOf(theCase.debtor)!,
    depth: 0,
    select: { displayName: true, idNumber: true },
    overrideAccess: true,
    req,
  })
  const branchId = idOf(notification.branch)
  const branch = branchId === undefined ? null : await req.payload.findByID({ collection: SLUGS.branches, id: branchId, depth: 0, select: { name: true }, overrideAccess: true, req })
  const document = idOf('document' in data ? data.document : originalDoc?.document) ?? idOf(notification.document) ?? null
  return {
    ...data,
    debtorName: debtor.displayName ?? null,
    debtorId: debtor.idNumber,
    branch: branchId ?? null,
    branchName: branch?.name ?? null,
    document: document as number | null,
  }
}
