import type { GlobalAfterChangeHook, PayloadRequest } from 'payload'

import type { Setting } from '@/payload-types'
import { SWEEP_QUEUE } from '@/jobs/deadlineSweepTask'
import { describeAdjustmentsChange } from '@/rules/calendar/adjustmentsChange'
import { todayFor } from '@/utilities/todayFor'

/**
 * An extra non-business day or a struck holiday added or removed moves the open terms that span
 * it: queue their recomputation (src/jobs/recomputeTermsTask.ts) in the same transaction as the
 * change, so it is queued exactly when the change is saved.
 */
// Payload types a global's documents as `any`; the parameters say what they are.
export const recomputeTermsOnCalendarChange: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}: {
  doc: Setting
  previousDoc?: Setting
  req: PayloadRequest
}) => {
  const cause = describeAdjustmentsChange(previousDoc ?? {}, doc)
  if (cause) {
    await req.payload.jobs.queue({ task: 'recomputeTerms', input: { cause, asOf: todayFor(req) }, queue: SWEEP_QUEUE, req })
  }
  return doc
}
