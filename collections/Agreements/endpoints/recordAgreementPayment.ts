import type { PayloadHandler } from 'payload'
import { z } from 'zod'

import { recordAgreementPaymentWorkflow } from '@/agreements/payment/recordAgreementPaymentWorkflow'
import { readIdempotencyKey } from '@/http/idempotencyKey'
import { parseInput, readJsonBody, requireUser } from '@/http/parseInput'
import { PaymentMean } from '@/rules/legalization/paymentMeans'

const PaymentInput = z.object({ mean: PaymentMean })
const Params = z.object({ id: z.coerce.number({ error: 'El id del acuerdo debe ser un número.' }).int().positive() })

/**
 * POST /api/agreements/:id/payments — a debtor's payment against a granted agreement, for whoever
 * may update that agreement; applied costs → interest → instalments (R-INT-02, R-AGR-09, R-AGR-13).
 * The Idempotency-Key header makes a retry (or a racing twin) answer the first payment (200, `replayed: true`).
 */
export const recordAgreementPayment: PayloadHandler = async (req) => {
  requireUser(req)
  const { id } = parseInput(Params, req.routeParams ?? {})
  const key = readIdempotencyKey(req, {
    missingMessage: 'Envíe el encabezado Idempotency-Key (8 a 100 caracteres) para que un reintento no aplique el pago dos veces.',
  })
  const input = parseInput(PaymentInput, await readJsonBody(req))
  const result = await recordAgreementPaymentWorkflow(req, { id, key, input })
  return Response.json(result, { status: result.replayed ? 200 : 201 })
}
