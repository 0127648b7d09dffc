import type { CollectionBeforeChangeHook } from 'payload'

import { actingRole } from '@/cases/actingRole'
import { coactiveRecordsChanged } from '@/cases/caseChanges'
import { caseMoveOf } from '@/cases/caseMove'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { assertCoactiveRecordsAllowed } from '@/rules/cases/coactiveRecords'
import { STAGES } from '@/rules/cases/stages'
import { enforceRule } from '@/utilities/enforceRule'

/** R-COB-01 / R-ROL-05: the payment order, exceptions, measures and auction are recorded in the coactive stage, by the executor. */
export const checkCoactiveRecords: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context.deadlinesOnly) return data
  const c = mergeCaseData(data, originalDoc)
  const { to, moved } = caseMoveOf(c, originalDoc)
  enforceRule(() =>
    assertCoactiveRecordsAllowed({
      recordsChanged: coactiveRecordsChanged(c, originalDoc),
      closingOrder: moved && to.stage === STAGES.terminated,
      toStage: to.stage,
      role: actingRole(req),
    }),
  )
  return data
}
