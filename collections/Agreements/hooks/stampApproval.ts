import type { CollectionBeforeChangeHook } from 'payload'

import { isApproval, statusMoveOf } from '../../../src/agreements/agreementSave'
import { storeDay } from '../../../src/cases/mergeCaseData'
import type { Agreement } from '../../../src/payload-types'
import { todayFor } from '../../../src/utilities/todayFor'

/** Who granted the agreement and when (R-AGR-07, R-COB-17); the schedule starts that day. */
export const stampApproval: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  const { from, to } = statusMoveOf(data, originalDoc)
  data.approvedBy = isApproval(from, to) ? ((req.user?.id as number | undefined) ?? null) : (originalDoc?.approvedBy ?? null)
  data.approvedOn = isApproval(from, to) ? storeDay(todayFor(req)) : (originalDoc?.approvedOn ?? null)
  return data
}
