import type { PayloadHandler } from 'payload'
import { z } from 'zod'

import { requestExtensionWorkflow } from '@/agreements/extension/requestExtensionWorkflow'
import { parseInput, readJsonBody, requireUser } from '@/http/parseInput'

const ExtensionBody = z.object({
  termMonths: z.number().int().min(1).max(60),
  reason: z.string().trim().min(10, 'Indique las circunstancias excepcionales que justifican la ampliación.'),
  requestedOn: z.iso.date().optional(),
})
const Params = z.object({ id: z.coerce.number({ error: 'El id del acuerdo debe ser un número.' }).int().positive() })

/**
 * POST /api/agreements/:id/extension — extends a granted agreement's term once (R-AGR-10), for
 * whoever may update that agreement and grants agreements in the case's stage (R-ROL-04):
 * re-schedules the instalments left within the maximum term (R-AGR-05) and re-checks the
 * guarantees' coverage for the new term (R-GAR-02). 201 with the new schedule.
 */
export const requestAgreementExtension: PayloadHandler = async (req) => {
  requireUser(req)
  const { id } = parseInput(Params, req.routeParams ?? {})
  const input = parseInput(ExtensionBody, await readJsonBody(req))
  const result = await requestExtensionWorkflow(req, { id, input })
  return Response.json(result, { status: 201 })
}
