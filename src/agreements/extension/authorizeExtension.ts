import type { PayloadRequest } from 'payload'

import { actingRole } from '@/cases/actingRole'
import { SLUGS } from '@/constants/slugs'
import { requireAccess } from '@/http/requireAccess'
import { assertMayApproveAgreement } from '@/rules/agreements/approvalCompetence'
import { STAGES, type Stage } from '@/rules/cases/stages'
import { idOf } from '@/utilities/idOf'

/**
 * Step "authorize": extending changes the agreement (permission `update` on it), and it is the
 * competent official's decision (001 §8.19) — the one who grants agreements in the stage the case
 * works in (R-ROL-04; a case suspended by the agreement counts in the stage it stopped in).
 */
export const authorizeExtension = async (req: PayloadRequest, id: number): Promise<{ workingStage: Stage }> => {
  await requireAccess(req, { collection: SLUGS.agreements, operation: 'update', id })
  const agreement = await req.payload.findByID({ collection: SLUGS.agreements, id, depth: 0, select: { case: true }, overrideAccess: true, req })
  const theCase = await req.payload.findByID({
    collection: SLUGS.cases,
    id: idOf(agreement.case) as number,
    depth: 0,
    select: { stage: true, pausedAt: true },
    overrideAccess: true,
    req,
  })
  const workingStage = (theCase.stage === STAGES.suspended ? (theCase.pausedAt?.stage ?? theCase.stage) : theCase.stage) as Stage
  assertMayApproveAgreement({ role: actingRole(req), stage: workingStage })
  return { workingStage }
}
