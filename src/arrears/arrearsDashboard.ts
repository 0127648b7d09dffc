import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Branch } from '@/payload-types'
import { ARREARS_BUCKETS } from '@/rules/arrears'
import { ArrearsQuery, todayInBogota } from './arrearsQuery'
import { arrearsTotals } from './arrearsTotals'

type Totals = Awaited<ReturnType<typeof arrearsTotals>>

export type ArrearsFigure = { policies: number; pending: number }
export type ArrearsDashboardData = ArrearsFigure & {
  asOf: string
  buckets: (ArrearsFigure & { value: string; label: string })[]
  branches: (ArrearsFigure & { id: number | null; name: string })[]
}

/**
 * R-CAR-02/03: totals keyed by ids, turned into rows a person reads — every bucket in order
 * (empty ones too) and each branch by name, largest balance first. Branch names are read with
 * the user's own access.
 */
export const labelArrearsTotals = async (req: PayloadRequest, totals: Totals, asOf: string): Promise<ArrearsDashboardData> => {
  const ids = Object.keys(totals.byBranch).map(Number).filter(Number.isInteger)
  const { docs } = ids.length
    ? await req.payload.find({
        collection: SLUGS.branches,
        where: { id: { in: ids } },
        select: { code: true, name: true },
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : { docs: [] as Branch[] }
  const names = new Map(docs.map((b) => [b.id, `${b.name} (${b.code})`]))
  return {
    asOf,
    policies: totals.policies,
    pending: totals.totalPending,
    buckets: ARREARS_BUCKETS.map((b) => ({ value: b.value, label: b.label, ...totals.byBucket[b.value]! })),
    branches: Object.entries(totals.byBranch)
      .map(([key, figure]) => {
        const id = Number.isInteger(Number(key)) ? Number(key) : null
        return { id, name: (id !== null && names.get(id)) || 'Sin sucursal', ...figure }
      })
      .sort((a, b) => b.pending - a.pending),
  }
}

/** R-CAR-02/03: the staff dashboard — everything the user may read in arrears as of a date, by bucket and by branch. */
export const arrearsDashboard = async (req: PayloadRequest, asOf = todayInBogota()): Promise<ArrearsDashboardData> => {
  return labelArrearsTotals(req, await arrearsTotals(req, { ...ArrearsQuery.parse({}), asOf }), asOf)
}
