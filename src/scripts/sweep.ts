/**
 * `npm run sweep -- --date 2026-11-30`: queues the daily deadline sweep for that date on the jobs
 * queue and runs it now, then the digests it queued, against DATABASE_URL or the embedded database,
 * printing its report (with the milliseconds of each phase). Without --date it sweeps today (Bogota). A digest the mail server refuses
 * stays queued with its retry time: the server's mail queue sends it later.
 * A database it cannot reach at start ends it with one line and exit code 1; one that drops once
 * the sweep is under way is waited for (about a minute) and the sweep run again: it is idempotent.
 */
import '@/db/loadEnv'

import { ensureLocalDatabase } from '@/db/localDatabase'
import { reportScriptError } from '@/db/reportScriptError'

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
  const { closePayload } = await import('@/db/closePayload')
  const { bogotaDateOf } = await import('@/rules/calendar')
  const { SWEEP_QUEUE } = await import('@/jobs/deadlineSweepTask')
  const { MAIL_QUEUE } = await import('@/jobs/sendEmailTask')
  const { isDatabaseUnavailable } = await import('@/db/databaseUnavailable')
  const { retryWhileDatabaseUnavailable } = await import('@/db/retryWhileDatabaseUnavailable')
  const payload = await getPayload({ config })
  const asOf = date ?? bogotaDateOf(new Date())
  const sweep = async () => {
    await payload.db.migrate()
    const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf }, queue: SWEEP_QUEUE })
    await payload.jobs.runByID({ id: job.id })
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    const failure = [...(done.log ?? [])].reverse().find((entry) => entry.state === 'failed')?.error
    // A sweep cut by the database is run again, not reported as done.
    if (done.hasError && isDatabaseUnavailable(failure)) throw Object.assign(new Error('Barrido interrumpido'), { cause: failure })
    const report = (done.log ?? []).find((entry) => entry.taskSlug === 'deadlineSweep' && entry.state === 'succeeded')?.output
    await payload.jobs.run({ queue: MAIL_QUEUE })
    const mailsWaiting = await payload.count({ collection: 'payload-jobs', where: { and: [{ queue: { equals: MAIL_QUEUE } }, { completedAt: { exists: false } }] } })
    return { job: job.id, hasError: done.hasError, error: done.error ?? failure ?? null, report, mailsWaiting: mailsWaiting.totalDocs }
  }
  const outcome = await retryWhileDatabaseUnavailable(sweep, {
    onRetry: (wait) => console.error(`La base de datos se perdió durante el barrido; se reintenta en ${wait} s.`),
  })
  console.log(JSON.stringify(outcome, null, 2))
  // The report's phase timings, in one line (also in the JSON above and in the job's output).
  const timings = (outcome.report as { report?: { timings?: Record<string, number> } } | undefined)?.report?.timings
  if (timings) console.log(`Tiempos por fase (ms): ${Object.entries(timings).map(([phase, ms]) => `${phase} ${ms}`).join(', ')}`)
  // A failed attempt that the job will retry leaves no report: it failed all the same.
  if (outcome.hasError || !outcome.report) code = 1
  await closePayload(payload)
} catch (error) {
  reportScriptError(error)
  code = 1
}
await database?.stop().catch(() => {})
process.exit(code)
