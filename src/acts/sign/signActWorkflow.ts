import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import { requireAccess } from '@/http/requireAccess'
import type { Agreement, Case, Document, User } from '@/payload-types'
import { ACT_KINDS, actKindLabel, isAgreementAct, type ActKind } from '@/rules/acts/actKinds'
import { assertMaySignAct } from '@/rules/acts/actSigner'
import { ACT_STATUSES, assertActIsDraft } from '@/rules/acts/signedAct'
import { RuleViolation } from '@/rules/ruleViolation'
import { enforceRule, toApiError } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import { todayFor } from '@/utilities/todayFor'
import { findActNotification, loadActData, notifiedActOf, workingStageOf } from '@/acts/loadActData'
import { declareAgreementVoid, decideVoid, type VoidStep } from '@/agreements/void/declareAgreementVoid'
import { lockAgreement } from '@/agreements/payment/lockAgreement'
import { actPdfFile, asUpload } from '@/acts/storeActPdf'
import { linkSignedActToCase } from './linkSignedActToCase'

/**
 * Issue 11: signs a drafted act, in one transaction — authorize (whoever may update the case),
 * lock the draft, check it is a draft and the user is the competent signer (R-ROL-03/05), re-render
 * it with the signer's name and today's date, store it over the draft as FIRMADO (frozen from now
 * on, R-COB-17), file it in the case file and, when the act has a notification record, make it
 * the record's copy of the act (R-NOT-01), and the case's LCD / payment order record points to it
 * (R-COB-08; signing the LCD in draft moves the case to LCD_FIRMADA). An agreement's act is signed by
 * the R-ROL-04 role of the stage the case stopped in; a signed void resolution is carried out in the
 * same transaction (R-AGR-12: src/agreements/void/declareAgreementVoid.ts). A refusal writes nothing.
 */
export const signActWorkflow = async (
  req: PayloadRequest,
  input: { documentId: number },
  options: { afterVoidStep?: (step: VoidStep) => void | Promise<void> } = {},
): Promise<Document> => {
  const startedHere = await initTransaction(req)
  try {
    await requireAccess(req, { collection: SLUGS.documents, operation: 'read', id: input.documentId })
    const draft = (await req.payload.findByID({ collection: SLUGS.documents, id: input.documentId, depth: 0, overrideAccess: true, req })) as Document
    const caseId = idOf(draft.case) as number | undefined
    enforceRule(() => assertActIsDraft(caseId && draft.actKind ? draft.actStatus : null))
    await requireAccess(req, { collection: SLUGS.cases, operation: 'update', id: caseId! })
    const theCase = (await req.payload.findByID({
      collection: SLUGS.cases,
      id: caseId!,
      select: { stage: true, pausedAt: true, branch: true, assignedFirm: true },
      depth: 0,
      overrideAccess: true,
      req,
    })) as Case
    const kind = draft.actKind as ActKind
    const signer = req.user as User
    // R-ROL-04: an agreement's act is signed by the role that grants agreements where the case stopped.
    enforceRule(() => assertMaySignAct({ role: signer.role, kind, stage: isAgreementAct(kind) ? workingStageOf(theCase) : theCase.stage }))
    const today = todayFor(req)
    const linked = isAgreementAct(kind) ? await agreementOfAct(req, draft.id) : null
    // A payment racing the void resolution's signature queues on the agreement's row (lockAgreement).
    const agreement = kind === ACT_KINDS.agreementVoid ? await lockAgreement(req, linked!.id) : linked
    // R-AGR-12: the resolution is signed only while it still applies (the debtor may have paid since it was drafted).
    if (kind === ACT_KINDS.agreementVoid) await decideVoid(req, agreement!, today)
    const data = await loadActData(req, { caseId: caseId!, kind, date: today, signer, agreementId: agreement?.id })
    const file = asUpload(req, await actPdfFile(data, kind, 'firmado'))
    const signed = (await req.payload.update({
      collection: SLUGS.documents,
      id: draft.id,
      data: {
        description: `${actKindLabel(kind)} — firmado por ${signer.name}`,
        actStatus: ACT_STATUSES.signed,
        signedBy: signer.id,
        signedAt: new Date().toISOString(),
      },
      file,
      overrideAccess: true,
      depth: 0,
      req,
    })) as Document
    await appendCaseEvent(req, theCase, { kind: 'ACTO', summary: `${actKindLabel(kind)} firmado por ${signer.name}`, document: signed.id })
    const notification = await findActNotification(req, caseId!, isMainAct(kind) ? notifiedActOf(kind, theCase.stage) : null)
    if (notification) {
      await req.payload.update({ collection: SLUGS.notifications, id: notification.id, data: { document: signed.id }, overrideAccess: true, depth: 0, req })
    }
    await linkSignedActToCase(req, { caseId: caseId!, kind, signed })
    // R-AGR-12: the signed resolution is carried out in the same transaction (src/agreements/void).
    if (kind === ACT_KINDS.agreementVoid) await declareAgreementVoid(req, { agreement: agreement!, today, afterStep: options.afterVoidStep })
    if (startedHere) await commitTransaction(req)
    return signed
  } catch (error) {
    await killTransaction(req)
    throw toApiError(error)
  }
}

/** The agreement an agreement's act belongs to: the one that links it (draftAgreementAct). */
const agreementOfAct = async (req: PayloadRequest, documentId: number): Promise<Agreement> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.agreements,
    where: { or: [{ agreementAct: { equals: documentId } }, { demandAct: { equals: documentId } }, { voidResolutionAct: { equals: documentId } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) throw new RuleViolation('R-COB-17', 'El acto no está vinculado a ningún acuerdo de pago.', 409)
  return docs[0] as Agreement
}

/** The act a notification record notifies (its copy), not the citation or notice that serve it. */
const isMainAct = (kind: ActKind) => kind !== 'CITACION' && kind !== 'AVISO'
