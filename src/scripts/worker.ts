/**
 * `npm run worker`: the one process that runs the job queues (sweep, mail, payouts, portfolio
 * imports, indicators, assignment) when the app runs on several servers with JOBS_RUNNER=worker
 * (docs/deploy.md). It is Payload started with its own crons (`getPayload({ cron: true })`) on the
 * schedules of src/jobs/jobSchedules.ts, and serves no HTTP. On SIGTERM or SIGINT it stops
 * scheduling, lets the jobs under way finish, closes the database pool and exits 0.
 * Against DATABASE_URL, or the embedded database of a running `npm run dev`.
 */
import '@/db/loadEnv'

import { becomeJobWorker } from '@/jobs/jobRunner'
import { reportScriptError } from '@/db/reportScriptError'

// Before the config loads: this process schedules and runs the queues whatever JOBS_RUNNER says.
becomeJobWorker()

let payload: import('payload').Payload
let closePayload: (p: import('payload').Payload) => Promise<void>
try {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  ;({ closePayload } = await import('@/db/closePayload'))
  payload = await getPayload({ config, cron: true })
} catch (error) {
  reportScriptError(error)
  process.exit(1)
}

const { JOB_SCHEDULES } = await import('@/jobs/jobSchedules')
payload.logger.info({ msg: 'Trabajador de trabajos en marcha', queues: JOB_SCHEDULES.map((s) => `${s.queue} (${s.cron})`), pid: process.pid })
// The readiness line a supervisor or a test waits for.
console.log(`WORKER READY ${process.pid}`)

let stopping = false
const stop = async (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  payload.logger.info({ msg: 'Deteniendo el trabajador: se esperan los trabajos en curso', signal })
  // No new runs; a run under way (Croner's isBusy) finishes before the pool closes.
  const crons = [...payload.crons]
  for (const cron of crons) cron.stop()
  while (crons.some((cron) => cron.isBusy())) await new Promise((resolve) => setTimeout(resolve, 200))
  await closePayload(payload)
  console.log('WORKER STOPPED')
  process.exit(0)
}
process.on('SIGTERM', (signal) => void stop(signal))
process.on('SIGINT', (signal) => void stop(signal))
