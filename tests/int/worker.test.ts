import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PAYOUTS_QUEUE } from '@/payouts/import/importPayoutsTask'
import { startChild, type Child } from './helpers/childProcess'
import { initTestApp } from './helpers/initTestApp'

/**
 * Issue 13 item 4: with JOBS_RUNNER=worker the app servers run no jobs and `npm run worker`
 * (src/scripts/worker.ts) runs every queue on its schedule, on the same database, until SIGTERM.
 */
const { payload } = await initTestApp()

let worker: Child
const startedAt = new Date().toISOString()

beforeAll(async () => {
  // Jobs earlier files on this worker's database queued and never ran (mail, imports) are not this
  // test's: the worker would run them first, and SIGTERM would find it busy with them.
  await payload.delete({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true })
  // The test environment's DISABLE_JOB_AUTORUN=true is inherited on purpose: it does not idle the worker.
  worker = startChild('src/scripts/worker.ts', { ...process.env, JOBS_RUNNER: 'worker', LOG_FORMAT: 'json' })
  await worker.waitFor(/WORKER READY \d+/, 180_000)
}, 240_000)

afterAll(async () => {
  await worker?.stop('SIGKILL')
  // Jobs the worker's schedules queued on this database while it ran (a sweep for 06:00…) are not other files' business.
  await payload.delete({ collection: 'payload-jobs', where: { createdAt: { greater_than_equal: startedAt } }, overrideAccess: true })
})

describe('npm run worker: the one process that runs the job queues', () => {
  it('runs a job queued after it started within its queue’s minute, then exits 0 on SIGTERM', async () => {
    const job = await payload.jobs.queue({ task: 'importPayouts', queue: PAYOUTS_QUEUE, input: { fileName: 'vacio.csv', rows: [] } })
    expect(job.completedAt ?? null).toBeNull()

    // The payouts queue runs every minute (src/jobs/jobSchedules.ts): at most a minute and the job itself.
    const until = Date.now() + 100_000
    let done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0, overrideAccess: true })
    while (!done.completedAt && !done.hasError && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 1_000))
      done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0, overrideAccess: true })
    }
    expect(done.hasError ?? false, JSON.stringify(done.log) + worker.output().slice(-2000)).toBe(false)
    expect(done.completedAt, worker.output().slice(-2000)).toBeTruthy()
    expect(done.log?.find((entry) => entry.taskSlug === 'importPayouts')?.state).toBe('succeeded')

    const code = await worker.stop('SIGTERM')
    expect(code, worker.output().slice(-2000)).toBe(0)
    expect(worker.output()).toContain('WORKER STOPPED')
  }, 150_000)
})
