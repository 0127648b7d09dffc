import type { Endpoint } from 'payload'

import { findWorklist, keepsAWorklist, worklistQuery } from '../../../src/cases/findWorklist'

/**
 * GET /api/cases/worklist — the collector's daily list (see `findWorklist`): the open cases of the
 * current user by nearest legal deadline, overdue first. `scope=mine|all`, `stage`, `limit`,
 * `page`, `asOf=AAAA-MM-DD`.
 */
export const worklist: Endpoint = {
  path: '/worklist',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Inicie sesión para ver su lista de trabajo.' }] }, { status: 401 })
    if (!keepsAWorklist(req.user)) {
      return Response.json({ errors: [{ message: 'Su rol no gestiona expedientes de cobro.' }] }, { status: 403 })
    }
    const parsed = worklistQuery.safeParse(Object.fromEntries(new URL(req.url ?? 'http://x/').searchParams))
    if (!parsed.success) {
      return Response.json(
        { errors: parsed.error.issues.map((i) => ({ message: `Parámetro inválido ${i.path.join('.')}: ${i.message}` })) },
        { status: 400 },
      )
    }
    return Response.json(await findWorklist(req, parsed.data))
  },
}
