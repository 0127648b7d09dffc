import { describe, expect, it } from 'vitest'

import { jobRunningOf } from '@/jobs/jobRunner'

describe('jobRunningOf: which process schedules and runs the job queues', () => {
  it('one app process (npm run dev, JOBS_RUNNER unset or "app") schedules and runs them, as before', () => {
    expect(jobRunningOf({}, false)).toEqual({ schedules: true, runs: true })
    expect(jobRunningOf({ JOBS_RUNNER: 'app' }, false)).toEqual({ schedules: true, runs: true })
    expect(jobRunningOf({ JOBS_RUNNER: ' ' }, false)).toEqual({ schedules: true, runs: true })
  })

  it('DISABLE_JOB_AUTORUN=true keeps an app process from scheduling or running them (tests run jobs by hand)', () => {
    expect(jobRunningOf({ DISABLE_JOB_AUTORUN: 'true' }, false)).toEqual({ schedules: false, runs: false })
  })

  it('JOBS_RUNNER=worker: app servers neither schedule nor run, the worker does both', () => {
    expect(jobRunningOf({ JOBS_RUNNER: 'worker' }, false)).toEqual({ schedules: false, runs: false })
    expect(jobRunningOf({ JOBS_RUNNER: 'worker' }, true)).toEqual({ schedules: true, runs: true })
    // The worker exists to run jobs: an inherited DISABLE_JOB_AUTORUN does not idle it.
    expect(jobRunningOf({ JOBS_RUNNER: 'worker', DISABLE_JOB_AUTORUN: 'true' }, true)).toEqual({ schedules: true, runs: true })
  })

  it('an unknown JOBS_RUNNER stops the start instead of leaving the queues unattended', () => {
    expect(() => jobRunningOf({ JOBS_RUNNER: 'workers' }, false)).toThrow(/JOBS_RUNNER debe ser "app" o "worker"/)
  })
})
