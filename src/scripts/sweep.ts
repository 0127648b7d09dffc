/**
 * `npm run sweep -- --date 2026-11-30`: queues the daily deadline sweep for that date on the jobs
 * queue and runs it now, against DATABASE_URL or the embedded database, printing its report.
 * Without --date it sweeps today (Bogota).
 */
import '../env/loadEnv'

import { ensureLocalDatabase } from '../db/localDatabase'

const arg = process.argv.indexOf('--date')
const date = arg >= 0 ? process.argv[arg + 1] : undefined
if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error('Uso: npm run sweep -- --date AAAA-MM-DD')
  process.exit(2)
}

const database = await ensureLocalDatabase()
let code = 0
try {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { closePayload } = await import('../db/closePayload')
  const { bogotaDateOf } = await import('../rules/calendar')
  const { SWEEP_QUEUE } = await import('../jobs/deadlineSweepTask')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  const asOf = date ?? bogotaDateOf(new Date())
  const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf }, queue: SWEEP_QUEUE })
  await payload.jobs.runByID({ id: job.id })
  const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
  const report = (done.log ?? []).find((entry) => entry.taskSlug === 'deadlineSweep' && entry.state === 'succeeded')?.output
  console.log(JSON.stringify({ job: job.id, hasError: done.hasError, error: done.error ?? null, report }, null, 2))
  if (done.hasError) code = 1
  await closePayload(payload)
} catch (error) {
  console.error(error)
  code = 1
}
await database?.stop()
process.exit(code)
