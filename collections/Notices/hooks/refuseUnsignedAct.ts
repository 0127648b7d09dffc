import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Notice } from '@/payload-types'
import { assertNoticeActSigned } from '@/rules/notices/noticeAct'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/**
 * R-NOT-02: the act a notice carries (its own or the notification's copy, set by
 * `copyDebtorFromNotification` before this hook) is the signed act, never a draft. Runs on drafts
 * of the notice too: nothing is written with an unsigned act attached.
 */
export const refuseUnsignedAct: CollectionBeforeChangeHook<Notice> = async ({ data, originalDoc, req }) => {
  const documentId = idOf('document' in data ? data.document : originalDoc?.document)
  if (documentId === undefined || documentId === null) return data
  if (String(documentId) === String(idOf(originalDoc?.document)) && data._status !== 'published') return data
  const act = await req.payload.findByID({
    collection: SLUGS.documents,
    id: documentId,
    depth: 0,
    select: { actKind: true, actStatus: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  enforceRule(() => assertNoticeActSigned(act))
  return data
}
