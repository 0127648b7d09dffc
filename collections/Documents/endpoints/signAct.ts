import type { Endpoint } from 'payload'
import { z } from 'zod'

import { signActWorkflow } from '@/acts/sign/signActWorkflow'
import { parseInput, requireUser } from '@/http/parseInput'

const Params = z.object({ id: z.coerce.number({ error: 'El id del documento debe ser un número.' }).int().positive() })

/**
 * POST /api/documents/:id/sign — the competent role signs a drafted act (R-ROL-03/05): it is
 * re-rendered with the signer's name, frozen and filed (src/acts/sign). Needs update of its case.
 */
export const signAct: Endpoint = {
  path: '/:id/sign',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const { id } = parseInput(Params, req.routeParams ?? {})
    const signed = await signActWorkflow(req, { documentId: id })
    return Response.json({ doc: signed, message: 'Acto firmado.' }, { status: 200 })
  },
}
