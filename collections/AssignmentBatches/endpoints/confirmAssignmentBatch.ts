import type { PayloadHandler } from 'payload'
import { z } from 'zod'

import { confirmBatchWorkflow } from '@/assignment/confirm/confirmBatchWorkflow'
import { SLUGS } from '@/constants/slugs'
import { parseInput, readJsonBody } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'

const ConfirmInput = z.object({ reason: z.string({ error: 'reason es obligatorio.' }).trim().min(5, 'Indique el motivo (al menos 5 caracteres).').max(300) })
const Params = z.object({ id: z.coerce.number({ error: 'El id del lote debe ser un número.' }).int().positive() })

/**
 * POST /api/assignment-batches/:id/confirm — R-ASG-04: confirming is updating the batch
 * (administrator, collections manager). Writes the firm on the debtors and their open cases, the
 * case-file entries and the trail, in one transaction (src/assignment/confirm).
 */
export const confirmAssignmentBatch: PayloadHandler = async (req) => {
  const { id } = parseInput(Params, req.routeParams ?? {})
  await requireAccess(req, { collection: SLUGS.assignmentBatches, operation: 'update', id })
  const { reason } = parseInput(ConfirmInput, await readJsonBody(req))
  return Response.json(await confirmBatchWorkflow(req, { id, reason }))
}
