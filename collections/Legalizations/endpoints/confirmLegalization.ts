import type { PayloadHandler } from 'payload'
import { z } from 'zod'

import { readIdempotencyKey } from '@/http/idempotencyKey'
import { parseInput, readJsonBody, requireUser } from '@/http/parseInput'
import { confirmLegalizationWorkflow } from '@/legalization/confirm/confirmLegalizationWorkflow'
import { LegalizationPaymentMean } from '@/rules/legalization/paymentMeans'

const ConfirmInput = z.object({
  means: z.array(LegalizationPaymentMean, { error: 'means debe ser una lista de medios de pago.' }).min(1, 'Registre al menos un medio de pago.'),
  supports: z.array(z.number().int().positive(), { error: 'supports debe ser una lista de ids de documentos.' }).max(20).optional(),
})
const Params = z.object({ id: z.coerce.number({ error: 'El id de la legalización debe ser un número.' }).int().positive() })

/**
 * POST /api/legalizations/:id/confirm — R-LEG-02…05, for whoever may update that legalization.
 * Reads the input and runs the confirmation's steps (src/legalization/confirm). The Idempotency-Key
 * header makes a retry safe: the same key answers the first confirmation again (200, `replayed: true`).
 */
export const confirmLegalization: PayloadHandler = async (req) => {
  requireUser(req)
  const { id } = parseInput(Params, req.routeParams ?? {})
  const key = readIdempotencyKey(req, {
    missingMessage: 'Envíe el encabezado Idempotency-Key (8 a 100 caracteres) para que un reintento no registre el pago dos veces.',
  })
  const input = parseInput(ConfirmInput, await readJsonBody(req))
  const result = await confirmLegalizationWorkflow(req, { id, key, input })
  return Response.json(result, { status: result.replayed ? 200 : 201 })
}
