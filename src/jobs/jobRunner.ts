/**
 * Which process runs the job queues. JOBS_RUNNER:
 *   unset / `app`  every app process runs them on its schedule (the single `npm run dev` server, as always);
 *                  DISABLE_JOB_AUTORUN=true turns both off: nothing is scheduled or run by itself (tests run
 *                  jobs by hand, and a test's stopped app leaves no cron behind).
 *   `worker`       app servers neither schedule nor run jobs; one `npm run worker` process does
 *                  (src/scripts/worker.ts), whatever DISABLE_JOB_AUTORUN says.
 */
export type JobRunning = {
  /** This process starts Payload's crons (the schedules of src/jobs/jobSchedules.ts). */
  schedules: boolean
  /** Its crons run the queued jobs (Payload's `shouldAutoRun`). */
  runs: boolean
}

const RUNNERS = ['app', 'worker'] as const

/** Pure: what this process does with the job queues, from its environment and whether it is the worker. */
export const jobRunningOf = (env: Record<string, string | undefined>, isWorker: boolean): JobRunning => {
  const runner = env.JOBS_RUNNER?.trim() || 'app'
  if (!(RUNNERS as readonly string[]).includes(runner)) {
    throw new Error(`JOBS_RUNNER debe ser "app" o "worker" (recibido: ${env.JOBS_RUNNER}).`)
  }
  if (isWorker) return { schedules: true, runs: true }
  if (runner === 'worker') return { schedules: false, runs: false }
  const automatic = env.DISABLE_JOB_AUTORUN !== 'true'
  return { schedules: automatic, runs: automatic }
}

let isWorker = false

/** Called by src/scripts/worker.ts before Payload starts: this process is the one that runs jobs. */
export const becomeJobWorker = () => {
  isWorker = true
}

/** This process's job running, read when asked (tests set DISABLE_JOB_AUTORUN at run time). */
export const jobRunningHere = (): JobRunning => jobRunningOf(process.env, isWorker)
