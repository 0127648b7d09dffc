import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import { requireAccess } from '@/http/requireAccess'
import type { Case, Document } from '@/payload-types'
import { assertActFitsStage } from '@/rules/acts/actDrafting'
import { actKindLabel, isAgreementAct, type ActKind } from '@/rules/acts/actKinds'
import { draftAgreementAct, type AgreementActKind } from '@/agreements/acts/draftAgreementAct'
import { findCaseAgreement } from '@/acts/agreementActData'
import { ACT_STATUSES } from '@/rules/acts/signedAct'
import { enforceRule, toApiError } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'
import { loadActData } from '@/acts/loadActData'
import { actPdfFile, asUpload } from '@/acts/storeActPdf'

/**
 * Issue 11: drafts an act from a case, in one transaction — authorize (whoever may update the
 * case: branch staff, the assigned firm, national case workers), check the act belongs to the
 * case's stage, render the PDF from the case data, store it in `documents` as a DRAFT with the
 * case's scope, and file it in the case file (R-COB-17). A refusal writes nothing.
 */
export const generateActWorkflow = async (req: PayloadRequest, input: { caseId: number; kind: ActKind }): Promise<Document> => {
  const startedHere = await initTransaction(req)
  try {
    await requireAccess(req, { collection: SLUGS.cases, operation: 'update', id: input.caseId })
    const theCase = (await req.payload.findByID({
      collection: SLUGS.cases,
      id: input.caseId,
      select: { stage: true, branch: true, assignedFirm: true, title: true },
      depth: 0,
      overrideAccess: true,
      req,
    })) as Case
    enforceRule(() => assertActFitsStage(input.kind, theCase.stage))
    if (isAgreementAct(input.kind)) {
      // R-AGR-07/11/12: drafted from the case's granted agreement, and linked on it.
      const agreement = await findCaseAgreement(req, input.caseId)
      const draft = await draftAgreementAct(req, { agreement, kind: input.kind as AgreementActKind, date: todayFor(req) })
      if (startedHere) await commitTransaction(req)
      return draft
    }
    const data = await loadActData(req, { caseId: input.caseId, kind: input.kind, date: todayFor(req) })
    const file = asUpload(req, await actPdfFile(data, input.kind, 'borrador'))
    const draft = (await req.payload.create({
      collection: SLUGS.documents,
      data: {
        category: 'EXPEDIENTE',
        description: `${actKindLabel(input.kind)} — borrador`,
        actKind: input.kind,
        actStatus: ACT_STATUSES.draft,
        case: input.caseId,
        branch: theCase.branch as number,
        firm: (theCase.assignedFirm as number | null) ?? null,
      },
      file,
      overrideAccess: true,
      depth: 0,
      req,
    })) as Document
    await appendCaseEvent(req, theCase, { kind: 'ACTO', summary: `${actKindLabel(input.kind)} proyectado (borrador)`, document: draft.id })
    if (startedHere) await commitTransaction(req)
    return draft
  } catch (error) {
    await killTransaction(req)
    throw toApiError(error)
  }
}
