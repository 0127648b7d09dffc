import type { CollectionBeforeChangeHook } from 'payload'

import { actingRole } from '../../../src/cases/actingRole'
import { coactiveRecordsChanged } from '../../../src/cases/caseChanges'
import { caseMoveOf } from '../../../src/cases/caseMove'
import { mergeCaseData } from '../../../src/cases/mergeCaseData'
import type { Case } from '../../../src/payload-types'
import { assertCoactiveRecordsAllowed } from '../../../src/rules/cases/coactiveRecords'
import { STAGES } from '../../../src/rules/cases/stages'
import { enforceRule } from '../../../src/utilities/enforceRule'

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
