import type { PayloadRequest, TypedUser, Where } from 'payload'
import { z } from 'zod'

import { checkRole } from '../../access/checkRole'
import { INTERNAL_ROLES, ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import { bogotaDateOf, day } from '@/rules/calendar'
import { flagDeadline, type DeadlineFlag } from '@/rules/cases/caseDeadlines'
import { STAGES } from '@/rules/cases/stages'

/** The stages in which somebody collects: terminated, suspended and insolvent cases are off the list. */
export const WORKLIST_STAGES = [STAGES.persuasive, STAGES.preLegal, STAGES.coactive] as const

export const worklistQuery = z.object({
  scope: z.enum(['mine', 'all']).default('mine'),
  stage: z.enum(WORKLIST_STAGES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  page: z.coerce.number().int().min(1).default(1),
  /** Plan ahead: flag the terms as they will stand on this date (defaults to today in Bogota). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use AAAA-MM-DD').optional(),
})

export type WorklistQuery = z.infer<typeof worklistQuery>

/** Staff who work collection cases: every internal role but the editor of public notices. */
export const keepsAWorklist = (user: TypedUser | null | undefined): boolean =>
  Boolean(user) && checkRole(user, INTERNAL_ROLES) && !checkRole(user, [ROLES.editor])

export type WorklistRow = {
  id: number
  title?: string | null
  debtorName?: string | null
  stage: string
  subState: string
  nextDeadline: string | null
  nextDeadlineLabel?: string | null
  flag: DeadlineFlag | null
  branch?: number | null
  assignedFirm?: number | null
  responsible?: number | null
}

/**
 * The collector's daily list: the open cases of the acting user (`scope=mine`: the cases they are
 * responsible for, or assigned to their firm; `scope=all`: every open case their role may read),
 * ordered by the nearest legal deadline, overdue first, each flagged as of `asOf` (today in Bogota).
 * Read access applies (overrideAccess: false), so nobody sees beyond their scope. Used by
 * GET /api/cases/worklist and by the admin view "Mi lista de trabajo".
 */
export const findWorklist = async (req: PayloadRequest, query: WorklistQuery) => {
  const user = req.user!
  const { scope, stage, limit, page, asOf } = query
  const filters: Where[] = [{ stage: stage ? { equals: stage } : { in: [...WORKLIST_STAGES] } }]
  if (scope === 'mine') {
    filters.push(checkRole(user, [ROLES.externalFirm]) ? { assignedFirm: { equals: user.id } } : { responsible: { equals: user.id } })
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
      debtorName: true,
      stage: true,
      subState: true,
      nextDeadline: true,
      nextDeadlineLabel: true,
      branch: true,
      assignedFirm: true,
      responsible: true,
    },
    overrideAccess: false,
    user,
    req,
  })
  const docs: WorklistRow[] = result.docs.map((c) => {
    const date = day(c.nextDeadline)
    return { ...(c as Omit<WorklistRow, 'flag'>), nextDeadline: date, flag: date ? flagDeadline(date, today) : null }
  })
  return { asOf: today, docs, totalDocs: result.totalDocs, page: result.page ?? page, totalPages: result.totalPages, hasNextPage: result.hasNextPage }
}
