import type { CollectionBeforeChangeHook } from 'payload'

import { actingRole } from '@/cases/actingRole'
import { caseFactsOf } from '@/cases/caseFacts'
import { caseMoveOf } from '@/cases/caseMove'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { assertCollectionMayProceed } from '@/rules/cases/caseTransition'
import { assertMayActInStage } from '@/rules/cases/competence'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * A save that keeps the stage is an action in that stage: none while the debtor is insolvent or
 * the case is closed (R-COB-09, R-COB-01), and only by whoever works that stage (R-ROL-01/05).
 * A move is judged whole by `checkStageTransition`.
 */
export const checkCaseMayProceed: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context.deadlinesOnly) return data
  const { from, moved } = caseMoveOf(mergeCaseData(data, originalDoc), originalDoc)
  if (moved) return data
  const { debtor } = caseFactsOf(req, originalDoc?.id)
  const role = actingRole(req)
  enforceRule(() => {
    assertCollectionMayProceed({ debtorInsolvent: debtor.insolvent, stage: from.stage })
    if (role !== null) assertMayActInStage(role, from.stage)
  })
  return data
}
