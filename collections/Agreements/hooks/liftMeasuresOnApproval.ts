import type { CollectionAfterChangeHook } from 'payload'

import { isApproval } from '@/agreements/agreementSave'
import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import type { AgreementStatus } from '@/rules/agreements/statuses'
import { asSystem } from '@/utilities/asSystem'
import { idOf } from '@/utilities/idOf'

/**
 * R-AGR-14: granting the agreement lifts the measures the approver chose (checked by
 * checkMeasuresToLift), on the approval day, through the case's own update so its file records each
 * lifting (R-COB-17). It runs before the case is suspended, while the measures are still the
 * stage's records; as the system, being the approval's consequence.
 */
export const liftMeasuresOnApproval: CollectionAfterChangeHook<Agreement> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? null : ((previousDoc?.status ?? null) as AgreementStatus | null)
  if (!isApproval(from, doc.status as AgreementStatus)) return doc
  const toLift = doc.measuresToLift ?? []
  if (toLift.length === 0) return doc
  const caseId = idOf(doc.case) as number
  const theCase = await req.payload.findByID({ collection: SLUGS.cases, id: caseId, depth: 0, select: { measures: true }, overrideAccess: true, req })
  const measures = (theCase.measures ?? []).map((m) => (toLift.includes(String(m.id)) && !m.liftedOn ? { ...m, liftedOn: doc.approvedOn } : m))
  await asSystem(req, () => req.payload.update({ collection: SLUGS.cases, id: caseId, data: { measures }, overrideAccess: true, depth: 0, req }))
  return doc
}
