import { createLocalReq, type Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { takeSnapshot } from '@/indicators/takeSnapshot'
import { periodOf, previousPeriod } from '@/rules/indicators/period'
import { SNAPSHOT_STATUS } from '@/rules/indicators/snapshotStatus'
import { bogotaToday } from './dates'

/**
 * 001 §7.2.1 item 3: what the collections manager meets on the first days of a month — the two
 * months before the one just closed published (the later one with roll rates from the earlier),
 * and the month just closed not taken yet: the manager takes and publishes it ("Calcular corte").
 * After the demo cases, so they count. Past months are computed from today's balances: demo
 * figures, not history. Idempotent: nothing when a snapshot exists.
 */
export const seedDemoIndicators = async (payload: Payload) => {
  const log = (message: string) => payload.logger.info(`Indicadores de demostración: ${message}`)
  if ((await payload.count({ collection: SLUGS.indicatorSnapshots, overrideAccess: true })).totalDocs > 0) return
  const req = await createLocalReq({}, payload)
  const justClosed = previousPeriod(periodOf(bogotaToday()))
  const before = previousPeriod(justClosed)
  const periods = [previousPeriod(before), before]
  for (const period of periods) {
    const doc = await takeSnapshot(req, period, { asUser: false })
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
  log(`cortes ${periods.join(', ')} publicados; ${justClosed} queda por calcular y publicar.`)
}
