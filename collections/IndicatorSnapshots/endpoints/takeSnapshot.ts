import type { Endpoint } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { parseInput, readJsonBody } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import { takeSnapshot } from '@/indicators/takeSnapshot'
import { PERIOD_PATTERN } from '@/rules/indicators/period'

const TakeInput = z.object({ period: z.string().regex(PERIOD_PATTERN, 'period debe tener el formato AAAA-MM.') })

/**
 * POST /api/indicator-snapshots/take { "period": "2026-11" } — 001 §7.2.1 item 3, on demand: takes
 * the period's snapshot as a draft, or retakes the draft's figures; a published one is refused
 * (409 R-IND-01). A create of `indicator-snapshots` (collections manager, administrator).
 */
export const takeSnapshotEndpoint: Endpoint = {
  path: '/take',
  method: 'post',
  handler: async (req) => {
    await requireAccess(req, { collection: SLUGS.indicatorSnapshots, operation: 'create' })
    const { period } = parseInput(TakeInput, await readJsonBody(req))
    const doc = await takeSnapshot(req, period)
    return Response.json({ doc, message: `Corte de indicadores ${period} calculado.` }, { status: 201 })
  },
}
