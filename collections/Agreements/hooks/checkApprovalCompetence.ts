import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '../../../src/agreements/agreementFacts'
import { isApproval, statusMoveOf } from '../../../src/agreements/agreementSave'
import { actingRole } from '../../../src/cases/actingRole'
import type { Agreement } from '../../../src/payload-types'
import { assertMayApproveAgreement } from '../../../src/rules/agreements/approvalCompetence'
import { enforceRule } from '../../../src/utilities/enforceRule'

/** R-ROL-04: the approval is the competent role's for the stage the case works in. */
export const checkApprovalCompetence: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  const { from, to } = statusMoveOf(data, originalDoc)
  if (!isApproval(from, to)) return data
  const { workingStage } = agreementFactsOf(req, originalDoc?.id)
  enforceRule(() => assertMayApproveAgreement({ role: actingRole(req), stage: workingStage }))
  return data
}
