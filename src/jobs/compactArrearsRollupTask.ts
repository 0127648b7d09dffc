import type { TaskConfig } from 'payload'

import { compactArrearsRollup } from '@/arrears/compactArrearsRollup'
import { SWEEP_QUEUE } from './deadlineSweepTask'

/**
 * Every five minutes, on the sweep's queue: the arrears totals' deltas folded into the rollup, so the
 * arrears pages and the admin home keep reading a few thousand rows however many policies changed.
 */
export const compactArrearsRollupTask: TaskConfig<'compactArrearsRollup'> = {
  slug: 'compactArrearsRollup',
  label: 'Consolidar los totales de cartera en mora',
  outputSchema: [{ name: 'touched', label: 'Totales actualizados', type: 'number' }],
  retries: 2,
  schedule: [{ cron: '0 */5 * * * *', queue: SWEEP_QUEUE }],
  handler: async ({ req }) => ({ output: { touched: await compactArrearsRollup(req) } }),
}
