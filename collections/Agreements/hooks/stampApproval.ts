import type { CollectionBeforeChangeHook } from 'payload'

import { isApproval, statusMoveOf } from '@/agreements/agreementSave'
import { storeDay } from '@/rules/calendar'
import type { Agreement } from '@/payload-types'
import { todayFor } from '@/utilities/todayFor'

/** Who granted the agreement and when (R-AGR-07, R-COB-17); the schedule starts that day. */
export const stampApproval: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  const { from, to } = statusMoveOf(data, originalDoc)
  data.approvedBy = isApproval(from, to) ? ((req.user?.id as number | undefined) ?? null) : (originalDoc?.approvedBy ?? null)
  data.approvedOn = isApproval(from, to) ? storeDay(todayFor(req)) : (originalDoc?.approvedOn ?? null)
  return data
}
