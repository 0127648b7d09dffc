import type { PayloadHandler } from 'payload'
import { z } from 'zod'

import { proposeBatch } from '@/assignment/proposeBatch'
import { SLUGS } from '@/constants/slugs'
import { parseInput, readJsonBody } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import { PERIOD_PATTERN } from '@/rules/assignment/assignmentOptions'
import { bogotaDateOf } from '@/rules/calendar'

const ProposeInput = z.object({
  period: z.string().regex(PERIOD_PATTERN, 'period debe tener el formato AAAA-MM.'),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf debe tener el formato AAAA-MM-DD.').optional(),
})

/**
 * POST /api/assignment-batches/propose — seed 001 §7.2.1 item 6: runs the month's assignment on
 * demand (the job does it monthly) and answers the proposal, for whoever may create a batch
 * (administrator, collections manager). `asOf` defaults to today in Bogotá.
 */
export const proposeAssignmentBatch: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.assignmentBatches, operation: 'create' })
  const input = parseInput(ProposeInput, await readJsonBody(req))
  const batch = await proposeBatch(req, { period: input.period, asOf: input.asOf ?? bogotaDateOf(new Date()) })
  return Response.json({ id: batch.id, period: batch.period, rows: batch.rows?.length ?? 0, leftOut: batch.leftOut?.length ?? 0 }, { status: 201 })
}
