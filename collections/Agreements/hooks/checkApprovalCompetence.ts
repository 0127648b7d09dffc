import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isApproval, statusMoveOf } from '@/agreements/agreementSave'
import { actingRole } from '@/cases/actingRole'
import type { Agreement } from '@/payload-types'
import { assertMayApproveAgreement } from '@/rules/agreements/approvalCompetence'
import { enforceRule } from '@/utilities/enforceRule'

/** R-ROL-04: the approval is the competent role's for the stage the case works in. */
export const checkApprovalCompetence: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  const { from, to } = statusMoveOf(data, originalDoc)
  if (!isApproval(from, to)) return data
  const { workingStage } = agreementFactsOf(req, originalDoc?.id)
  enforceRule(() => assertMayApproveAgreement({ role: actingRole(req), stage: workingStage }))
  return data
}
