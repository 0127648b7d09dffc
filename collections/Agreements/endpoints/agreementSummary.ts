import type { PayloadHandler } from 'payload'
import { z } from 'zod'

import { loadAgreementSummary } from '@/agreements/agreementSummary'
import { SLUGS } from '@/constants/slugs'
import { parseInput, requireUser } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import { bogotaDateOf } from '@/rules/calendar'
import { toApiError } from '@/utilities/enforceRule'

const Params = z.object({ id: z.coerce.number({ error: 'El id del acuerdo debe ser un número.' }).int().positive() })
const Query = z.object({
  /** Plan ahead or look back: the standing as of this date (defaults to today in Bogota). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use AAAA-MM-DD').optional(),
})

/**
 * GET /api/agreements/:id/summary — the agreement's page: its schedule as of today (paid / pending
 * / overdue per instalment), balance, moratorium interest owed today (R-AGR-13, R-INT-01) and the
 * guarantees of its case with their coverage (R-GAR-01/02). A read of that agreement: whoever may
 * not read it gets 401/403, and every row is read with the user's access.
 */
export const agreementSummary: PayloadHandler = async (req) => {
  requireUser(req)
  const { id } = parseInput(Params, req.routeParams ?? {})
  const { asOf } = parseInput(Query, Object.fromEntries(new URL(req.url ?? 'http://x/').searchParams))
  await requireAccess(req, { collection: SLUGS.agreements, operation: 'read', id })
  try {
    return Response.json(await loadAgreementSummary(req, id, asOf ?? bogotaDateOf(new Date())))
  } catch (error) {
    throw toApiError(error)
  }
}
