import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { userScope } from '@/rules/access/userScope'
import { ARREARS_BUCKETS } from '@/rules/arrears'
import {
  CASE_AGE_BUCKETS,
  PERIOD_PATTERN,
  agreementsStanding,
  arrearsEvolution,
  casesByStageAndAge,
  recoveryByPeriod,
  rollRates,
  type SnapshotFigures,
} from '@/rules/indicators'
import { STAGE_OPTIONS } from '@/rules/cases/stages'

/** The filters of the indicators (view and Excel): the month shown and, for national staff, one branch. */
export const IndicatorsQuery = z.object({
  period: z.string().regex(PERIOD_PATTERN, 'period debe tener el formato AAAA-MM.').optional(),
  branch: z.coerce.number({ error: 'branch debe ser el id de una sucursal.' }).int().positive('branch debe ser el id de una sucursal.').optional(),
})
export type IndicatorsQuery = z.infer<typeof IndicatorsQuery>

/** How many months the evolution charts go back. */
export const EVOLUTION_MONTHS = 12

export type IndicatorsData = Awaited<ReturnType<typeof loadIndicators>>

const stageLabel = (stage: string) => STAGE_OPTIONS.find((o) => o.value === stage)?.label ?? stage

/**
 * 001 §7.2.1–7.2.2: the indicators this user may see — the snapshots it reads (drafts only for
 * the collections manager and the administrator; branch staff get their branch's rows only),
 * the chosen month (the latest by default) and up to twelve months before it for the evolution.
 */
export const loadIndicators = async (req: PayloadRequest, query: IndicatorsQuery) => {
  const scope = userScope(req.user)
  // Branch staff are held to their branch by the collection's afterRead; the filter is for national staff.
  const branch = scope === 'all' ? query.branch : undefined
  const { docs } = await req.payload.find({
    collection: SLUGS.indicatorSnapshots,
    where: query.period ? { period: { less_than_equal: query.period } } : {},
    sort: '-period',
    limit: EVOLUTION_MONTHS,
    depth: 0,
    select: { period: true, status: true, publishedAt: true, portfolio: true, transitions: true, cases: true, agreements: true, recovery: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const periods = (
    await req.payload.find({
      collection: SLUGS.indicatorSnapshots,
      sort: '-period',
      pagination: false,
      depth: 0,
      select: { period: true, status: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
  ).docs.map((d) => ({ value: d.period, status: d.status }))
  const snapshots = docs.map((d) => ({
    period: d.period,
    status: d.status,
    publishedAt: d.publishedAt ?? null,
    portfolio: (d.portfolio ?? []) as SnapshotFigures['portfolio'],
    transitions: (d.transitions ?? []) as SnapshotFigures['transitions'],
    cases: (d.cases ?? []) as SnapshotFigures['cases'],
    agreements: (d.agreements ?? []) as SnapshotFigures['agreements'],
    recovery: (d.recovery ?? []) as SnapshotFigures['recovery'],
  }))
  const current = snapshots[0] ?? null
  const branchOptions =
    scope === 'all'
      ? (
          await req.payload.find({
            collection: SLUGS.branches,
            select: { code: true, name: true },
            sort: 'name',
            depth: 0,
            pagination: false,
            overrideAccess: false,
            user: req.user,
            req,
          })
        ).docs.map((b) => ({ value: b.id, label: `${b.name} (${b.code})` }))
      : []
  return {
    period: current?.period ?? null,
    status: current?.status ?? null,
    publishedAt: current?.publishedAt ?? null,
    branch: branch ?? null,
    branchOptions,
    periods,
    buckets: ARREARS_BUCKETS.map((b) => ({ value: b.value, label: b.label })),
    ageBuckets: CASE_AGE_BUCKETS.map((a) => ({ value: a.value, label: a.label })),
    evolution: arrearsEvolution(snapshots, branch),
    rollRates: current ? rollRates(current, branch) : [],
    recovery: recoveryByPeriod(snapshots, branch),
    cases: current ? casesByStageAndAge(current, branch).map((c) => ({ ...c, label: stageLabel(c.stage) })) : [],
    agreements: agreementsStanding(snapshots, branch),
  }
}
