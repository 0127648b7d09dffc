import type { CollectionAfterChangeHook } from 'payload'

import { draftAgreementAct } from '@/agreements/acts/draftAgreementAct'
import { isApproval } from '@/agreements/agreementSave'
import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import { ACT_KINDS, actsForStage } from '@/rules/acts/actKinds'
import type { AgreementStatus } from '@/rules/agreements/statuses'
import { idOf } from '@/utilities/idOf'
import { todayFor } from '@/utilities/todayFor'

/**
 * R-AGR-07: granting the agreement drafts its act (the PDF with the debtor, obligations, schedule,
 * guarantees and causes of default), in the approval's transaction, for the competent role to sign
 * (R-ROL-04). Runs after the case is suspended, the stage the agreement's acts are drafted in.
 */
export const draftAgreementActOnApproval: CollectionAfterChangeHook<Agreement> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? null : ((previousDoc?.status ?? null) as AgreementStatus | null)
  if (!isApproval(from, doc.status as AgreementStatus) || req.context.skipAgreementAct) return doc
  const theCase = await req.payload.findByID({ collection: SLUGS.cases, id: idOf(doc.case) as number, depth: 0, select: { stage: true }, overrideAccess: true, req })
  // A case the approval did not suspend (already paused for another cause) drafts it later through POST /api/cases/:id/acts.
  if (!actsForStage(theCase.stage).includes(ACT_KINDS.agreement)) return doc
  await draftAgreementAct(req, { agreement: doc, kind: ACT_KINDS.agreement, date: todayFor(req) })
  return doc
}
