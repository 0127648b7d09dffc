import type { PayloadRequest } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import type { Agreement, Case } from '@/payload-types'
import { STAGES } from '@/rules/cases/stages'
import { asSystem } from '@/utilities/asSystem'
import { idOf } from '@/utilities/idOf'

/**
 * Step "resume the case" (R-AGR-12, R-COB-15): the case the agreement suspended resumes at once in
 * the stage and state it stopped in (`pausedAt`, stored when it was suspended), through the case's
 * own transition rules, as the consequence of the signed resolution (the system, like the
 * suspension on approval). A case suspended for another cause is left as it is.
 */
export const resumeSuspendedCase = async (req: PayloadRequest, agreement: Agreement): Promise<Case | null> => {
  const caseId = idOf(agreement.case) as number
  const theCase = (await req.payload.findByID({
    collection: SLUGS.cases,
    id: caseId,
    depth: 0,
    select: { stage: true, pausedAt: true, closure: true, branch: true, assignedFirm: true },
    overrideAccess: true,
    req,
  })) as Case
  if (theCase.stage !== STAGES.suspended || theCase.closure?.suspensionReason !== 'ACUERDO_DE_PAGO' || !theCase.pausedAt?.stage) return null
  const resumed = (await asSystem(req, () =>
    req.payload.update({
      collection: SLUGS.cases,
      id: caseId,
      data: { stage: theCase.pausedAt!.stage!, subState: theCase.pausedAt!.subState! } as never,
      overrideAccess: true,
      depth: 0,
      req,
    }),
  )) as Case
  await appendCaseEvent(req, theCase, {
    kind: 'ACTO',
    summary: `Acuerdo ${agreement.id} sin vigencia: el expediente sale de la suspensión y se reanuda de inmediato en ${resumed.stage} / ${resumed.subState} (R-AGR-12, R-COB-15).`,
  })
  return resumed
}
