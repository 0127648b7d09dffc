import type { Endpoint } from 'payload'
import { z } from 'zod'

import { generateActWorkflow } from '@/acts/generate/generateActWorkflow'
import { parseInput, readJsonBody, requireUser } from '@/http/parseInput'
import { ACT_KIND_VALUES } from '@/rules/acts/actKinds'

const Params = z.object({ id: z.coerce.number({ error: 'El id del expediente debe ser un número.' }).int().positive() })
const Body = z.object({ kind: z.enum(ACT_KIND_VALUES, { error: `kind debe ser uno de: ${ACT_KIND_VALUES.join(', ')}.` }) })

/**
 * POST /api/cases/:id/acts `{ kind }` — drafts a legal act from the case (issue 11) for whoever may
 * update that case; answers 201 with the draft document (src/acts/generate).
 */
export const generateAct: Endpoint = {
  path: '/:id/acts',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const { id } = parseInput(Params, req.routeParams ?? {})
    const { kind } = parseInput(Body, await readJsonBody(req))
    const draft = await generateActWorkflow(req, { caseId: id, kind })
    return Response.json({ doc: draft, message: 'Acto proyectado en borrador.' }, { status: 201 })
  },
}
