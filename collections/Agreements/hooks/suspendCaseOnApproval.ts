import type { CollectionAfterChangeHook } from 'payload'

import { isApproval } from '@/agreements/agreementSave'
import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import type { AgreementStatus } from '@/rules/agreements/statuses'
import { STAGES } from '@/rules/cases/stages'
import { asSystem } from '@/utilities/asSystem'
import { idOf } from '@/utilities/idOf'

const WORKING: string[] = [STAGES.persuasive, STAGES.preLegal, STAGES.coactive]

/**
 * R-COB-15 / R-AGR-14: a granted agreement suspends the case, through the case's own transition
 * rules (cause "acuerdo de pago firmado"). The competence was R-ROL-04's at approval; the suspension
 * is its consequence, so it runs as the system in the same transaction.
 */
export const suspendCaseOnApproval: CollectionAfterChangeHook<Agreement> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? null : ((previousDoc?.status ?? null) as AgreementStatus | null)
  if (!isApproval(from, doc.status as AgreementStatus)) return doc
  const caseId = idOf(doc.case) as number
  const theCase = await req.payload.findByID({ collection: SLUGS.cases, id: caseId, depth: 0, select: { stage: true }, overrideAccess: true, req })
  if (!WORKING.includes(theCase.stage)) return doc
  await asSystem(req, () =>
    req.payload.update({
      collection: SLUGS.cases,
      id: caseId,
      data: { stage: STAGES.suspended, subState: 'SUSPENDIDO', closure: { suspensionReason: 'ACUERDO_DE_PAGO' } },
      overrideAccess: true,
      depth: 0,
      req,
    }),
  )
  return doc
}
