import type { Endpoint, Where } from 'payload'
import { z } from 'zod'

import { checkRole } from '../../../access/checkRole'
import { INTERNAL_ROLES, ROLES } from '../../../src/auth/roles'
import { day } from '../../../src/cases/mergeCaseData'
import { SLUGS } from '../../../src/constants/slugs'
import { bogotaDateOf } from '../../../src/rules/calendar'
import { flagDeadline } from '../../../src/rules/cases/caseDeadlines'

const query = z.object({
  scope: z.enum(['mine', 'all']).default('mine'),
  stage: z.enum(['PERSUASIVO', 'PREJURIDICO', 'COACTIVO']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  page: z.coerce.number().int().min(1).default(1),
  /** Plan ahead: flag the terms as they will stand on this date (defaults to today in Bogota). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use AAAA-MM-DD').optional(),
})

/**
 * GET /api/cases/worklist — the collector's daily list: the open cases of the current user
 * (`scope=mine`: the cases they are responsible for, or assigned to their firm; `scope=all`:
 * every case their role may read), ordered by the nearest legal deadline, overdue first.
 * Read access still applies (overrideAccess: false), so nobody sees beyond their scope.
 */
export const worklist: Endpoint = {
  path: '/worklist',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Inicie sesión para ver su lista de trabajo.' }] }, { status: 401 })
    if (!checkRole(req.user, INTERNAL_ROLES) || checkRole(req.user, [ROLES.editor])) {
      return Response.json({ errors: [{ message: 'Su rol no gestiona expedientes de cobro.' }] }, { status: 403 })
    }
    const parsed = query.safeParse(Object.fromEntries(new URL(req.url ?? 'http://x/').searchParams))
    if (!parsed.success) {
      return Response.json(
        { errors: parsed.error.issues.map((i) => ({ message: `Parámetro inválido ${i.path.join('.')}: ${i.message}` })) },
        { status: 400 },
      )
    }
    const { scope, stage, limit, page, asOf } = parsed.data
    const filters: Where[] = [{ stage: stage ? { equals: stage } : { in: ['PERSUASIVO', 'PREJURIDICO', 'COACTIVO'] } }]
    if (scope === 'mine') {
      filters.push(
        checkRole(req.user, [ROLES.externalFirm]) ? { assignedFirm: { equals: req.user.id } } : { responsible: { equals: req.user.id } },
      )
    }
    const today = asOf ?? bogotaDateOf(new Date())
    const result = await req.payload.find({
      collection: SLUGS.cases,
      where: { and: filters },
      // Nearest deadline first; the earliest dates are the overdue ones; cases with no open term last.
      sort: ['nextDeadline', 'id'],
      limit,
      page,
      depth: 0,
      select: {
        title: true,
        stage: true,
        subState: true,
        nextDeadline: true,
        nextDeadlineLabel: true,
        branch: true,
        assignedFirm: true,
        responsible: true,
      },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json({
      asOf: today,
      docs: result.docs.map((c) => {
        const date = day(c.nextDeadline)
        return { ...c, nextDeadline: date, flag: date ? flagDeadline(date, today) : null }
      }),
      totalDocs: result.totalDocs,
      page: result.page,
      hasNextPage: result.hasNextPage,
    })
  },
}
