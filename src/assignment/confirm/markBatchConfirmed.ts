import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { BATCH_STATUS } from '@/rules/assignment/assignmentOptions'

/** Step "mark confirmed": status, who, when and why, written by the workflow itself (freezeConfirmedBatch lets it). */
export const markBatchConfirmed = (req: PayloadRequest, id: number, reason: string) =>
  req.payload.update({
    collection: SLUGS.assignmentBatches,
    id,
    data: { status: BATCH_STATUS.confirmed, reason, confirmedBy: (req.user?.id as number | undefined) ?? null, confirmedAt: new Date().toISOString() },
    context: { confirmingBatch: true },
    overrideAccess: true,
    depth: 0,
    req,
  })
