import type { TaskConfig } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { takeSnapshot } from '@/indicators/takeSnapshot'
import { bogotaDateOf } from '@/rules/calendar'
import { PERIOD_PATTERN, periodOf } from '@/rules/indicators/period'
import { SNAPSHOT_STATUS } from '@/rules/indicators/snapshotStatus'

export const INDICATORS_QUEUE = 'indicators'

/**
 * 001 §7.2.1 item 3: the month's snapshot of the deterioration indicators, taken as a draft on the
 * last day of each month at 23:30 (server time: run the server with TZ=America/Bogota) for the
 * collections manager to review and publish. A period already published is left as it is.
 */
export const indicatorSnapshotTask: TaskConfig<'indicatorSnapshot'> = {
  slug: 'indicatorSnapshot',
  label: 'Corte mensual de indicadores de cartera',
  inputSchema: [{ name: 'period', label: 'Periodo (AAAA-MM)', type: 'text' }],
  outputSchema: [{ name: 'report', label: 'Resultado', type: 'json' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5 * 60_000 } },
  // Croner's `L`: the last day of the month.
  schedule: [{ cron: '0 30 23 L * *', queue: INDICATORS_QUEUE }],
  handler: async ({ input, req }) => {
    const period = input?.period && PERIOD_PATTERN.test(input.period) ? input.period : periodOf(bogotaDateOf(new Date()))
    const { docs } = await req.payload.find({
      collection: SLUGS.indicatorSnapshots,
      where: { period: { equals: period } },
      select: { status: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (docs[0]?.status === SNAPSHOT_STATUS.values.published) return { output: { report: { period, skipped: 'publicado' } } }
    const doc = await takeSnapshot(req, period, { asUser: false })
    return { output: { report: { period, id: doc.id, status: doc.status } } }
  },
}
