import type { Endpoint } from 'payload'

import { findAgreementWorklist } from '@/agreements/findAgreementWorklist'
import { findWorklist, worklistQuery } from '@/cases/findWorklist'
import { SLUGS } from '@/constants/slugs'
import { requireAccess } from '@/http/requireAccess'

/**
 * GET /api/cases/worklist — the collector's daily list (see `findWorklist`): the open cases of the
 * current user by nearest legal deadline, overdue first. `scope=mine|all`, `stage`, `limit`,
 * `page`, `asOf=AAAA-MM-DD`. A read of cases: whoever reads no case gets 403. `agreements` lists the
 * terms of the agreements the user reads (`findAgreementWorklist`), nearest first.
 */
export const worklist: Endpoint = {
  path: '/worklist',
  method: 'get',
  handler: async (req) => {
    await requireAccess(req, { collection: SLUGS.cases, operation: 'read' })
    const parsed = worklistQuery.safeParse(Object.fromEntries(new URL(req.url ?? 'http://x/').searchParams))
    if (!parsed.success) {
      return Response.json(
        { errors: parsed.error.issues.map((i) => ({ message: `Parámetro inválido ${i.path.join('.')}: ${i.message}` })) },
        { status: 400 },
      )
    }
    const list = await findWorklist(req, parsed.data)
    // The agreements' terms next to the cases' (same read scope: whoever reads cases reads their agreements).
    return Response.json({ ...list, agreements: await findAgreementWorklist(req, { asOf: list.asOf }) })
  },
}
