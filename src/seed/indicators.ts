import { createLocalReq, type Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { takeSnapshot } from '@/indicators/takeSnapshot'
import { periodOf, previousPeriod } from '@/rules/indicators/period'
import { SNAPSHOT_STATUS } from '@/rules/indicators/snapshotStatus'
import { bogotaToday } from './dates'

/**
 * 001 §7.2.1 item 3: the indicators of the last two months, published (the later one with roll
 * rates from the earlier), and this month's draft, as the month-end job and the collections manager
 * would leave them — after the demo cases, so they count. Past months are computed from today's
 * balances: demo figures, not history. Idempotent: nothing when a snapshot exists.
 */
export const seedDemoIndicators = async (payload: Payload) => {
  const log = (message: string) => payload.logger.info(`Indicadores de demostración: ${message}`)
  if ((await payload.count({ collection: SLUGS.indicatorSnapshots, overrideAccess: true })).totalDocs > 0) return
  const req = await createLocalReq({}, payload)
  const current = periodOf(bogotaToday())
  const last = previousPeriod(current)
  const periods = [previousPeriod(last), last, current]
  for (const period of periods) {
    const doc = await takeSnapshot(req, period, { asUser: false })
    if (period === current) continue
    await payload.update({
      collection: SLUGS.indicatorSnapshots,
      id: doc.id,
      data: { status: SNAPSHOT_STATUS.values.published },
      select: { period: true },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  log(`cortes ${periods.join(', ')} calculados (el último en borrador).`)
}
