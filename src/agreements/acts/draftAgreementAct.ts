import type { PayloadRequest } from 'payload'

import { actPdfFile, asUpload } from '@/acts/storeActPdf'
import { loadActData } from '@/acts/loadActData'
import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import type { Agreement, Case, Document } from '@/payload-types'
import { assertActFitsStage, assertAgreementActFits } from '@/rules/acts/actDrafting'
import { actKindLabel, ACT_KINDS, type ActKind } from '@/rules/acts/actKinds'
import { ACT_STATUSES } from '@/rules/acts/signedAct'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/** Where the agreement keeps each of its acts (the sign workflow finds the agreement of an act there). */
export const AGREEMENT_ACT_LINKS = {
  [ACT_KINDS.agreement]: 'agreementAct',
  [ACT_KINDS.agreementDemand]: 'demandAct',
  [ACT_KINDS.agreementVoid]: 'voidResolutionAct',
} as const satisfies Partial<Record<ActKind, keyof Agreement>>

export type AgreementActKind = keyof typeof AGREEMENT_ACT_LINKS

/**
 * Step "draft an agreement's act" (R-AGR-07/11/12, R-COB-17), inside the caller's transaction:
 * checks the act fits the case's stage and the agreement's state, renders the PDF from the
 * agreement and its case, stores it in `documents` as a DRAFT with the case's scope, links it on the
 * agreement and files it in the case file. Authorization is the caller's.
 */
export const draftAgreementAct = async (req: PayloadRequest, input: { agreement: Agreement; kind: AgreementActKind; date: string }): Promise<Document> => {
  const { agreement, kind } = input
  const caseId = idOf(agreement.case) as number
  const theCase = (await req.payload.findByID({
    collection: SLUGS.cases,
    id: caseId,
    select: { stage: true, branch: true, assignedFirm: true },
    depth: 0,
    overrideAccess: true,
    req,
  })) as Case
  enforceRule(() => assertActFitsStage(kind, theCase.stage))
  enforceRule(() => assertAgreementActFits(kind, agreement.status))
  const data = await loadActData(req, { caseId, kind, date: input.date, agreementId: agreement.id })
  const file = asUpload(req, await actPdfFile(data, kind, `${agreement.id}-borrador`))
  const draft = (await req.payload.create({
    collection: SLUGS.documents,
    data: {
      category: 'EXPEDIENTE',
      description: `${actKindLabel(kind)} (acuerdo ${agreement.id}) — borrador`,
      actKind: kind,
      actStatus: ACT_STATUSES.draft,
      case: caseId,
      branch: theCase.branch as number,
      firm: (theCase.assignedFirm as number | null) ?? null,
    },
    file,
    overrideAccess: true,
    depth: 0,
    req,
  })) as Document
  req.file = undefined
  await req.payload.update({
    collection: SLUGS.agreements,
    id: agreement.id,
    data: { [AGREEMENT_ACT_LINKS[kind]]: draft.id },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await appendCaseEvent(req, theCase, { kind: 'ACTO', summary: `${actKindLabel(kind)} del acuerdo ${agreement.id} proyectado (borrador)`, document: draft.id })
  return draft
}
