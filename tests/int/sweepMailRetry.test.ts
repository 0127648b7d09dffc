import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/constants/slugs'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { initTestApp } from './helpers/initTestApp'
import { clearMailQueue, startTestSmtp } from './helpers/testSmtp'

// A mail server that refuses the first two deliveries to each recipient (as a relay that is down
// or throttling) and accepts the rest.
const REFUSALS = 2
const attempts = new Map<string, number>()
// The mail server first: the mail adapter reads SMTP_* when the config loads.
const smtp = await startTestSmtp({
  refuse: (to) => {
    attempts.set(to, (attempts.get(to) ?? 0) + 1)
    return attempts.get(to)! <= REFUSALS
  },
})
const { inbox } = smtp
const { payload } = await initTestApp()
let world: CaseWorld

const ASOF = '2026-11-30'

const mailJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'mail' } }, depth: 0, limit: 100 })).docs

/** What the job runner would see once the retry's wait is over. */
const letRetryWaitPass = async () => {
  for (const job of await mailJobs()) {
    if (!job.completedAt) await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, depth: 0 })
  }
}

const sweep = async () => {
  const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf: ASOF }, queue: 'sweep' })
  await payload.jobs.runByID({ id: job.id })
  const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
  expect(done.hasError).toBeFalsy()
  return (done.log as any[]).find((entry) => entry.taskSlug === 'deadlineSweep' && entry.state === 'succeeded').output.report
}

beforeAll(async () => {
  await clearMailQueue(payload)
  world = await buildCaseWorld(payload)
  // LCD limit 1 Dec 2026 (six months after 1 June): due soon on 30 Nov, for its responsible collector.
  await payload.create({
    collection: SLUGS.cases,
    data: { debtor: world.parties.debtorBog.id, debtLines: [debtLine(4_000_000, '2026-06-01')], responsible: world.users.professionalBog.id } as any,
    overrideAccess: false,
    // R-ROL-01: the branch manager assigns the responsible.
    user: world.users.branchManagerBog,
    depth: 0,
    context: { asOf: '2026-11-02' },
  })
})

afterAll(async () => {
  // The other recipients' refused digests would otherwise wait in the queue for the next file.
  if (payload) await clearMailQueue(payload)
  await smtp.close()
})

describe('R-NOT-03 a digest the mail server refuses is retried until sent, and sent once', () => {
  it('retries the refused digest with a growing wait, delivers it once, and never again', async () => {
    const report = await sweep()
    expect(report.emailsQueued).toBeGreaterThanOrEqual(1)
    const to = world.users.professionalBog.email
    const digestJob = (await mailJobs()).find((job) => (job.input as any).to === to)!
    expect(digestJob).toBeDefined()

    // First attempt refused: the job waits about a minute, the digest is not lost.
    await payload.jobs.run({ queue: 'mail' })
    let job = await payload.findByID({ collection: 'payload-jobs', id: digestJob.id, depth: 0 })
    expect(job.completedAt).toBeFalsy()
    expect(job.totalTried).toBe(1)
    const firstWait = new Date(job.waitUntil!).getTime() - Date.now()
    expect(firstWait).toBeGreaterThan(30_000)
    // Nothing runs before its wait is over.
    await payload.jobs.run({ queue: 'mail' })
    expect((await payload.findByID({ collection: 'payload-jobs', id: digestJob.id, depth: 0 })).totalTried).toBe(1)

    // Second attempt refused: the wait doubles.
    await letRetryWaitPass()
    await payload.jobs.run({ queue: 'mail' })
    job = await payload.findByID({ collection: 'payload-jobs', id: digestJob.id, depth: 0 })
    expect(job.completedAt).toBeFalsy()
    expect(job.totalTried).toBe(2)
    expect(new Date(job.waitUntil!).getTime() - Date.now()).toBeGreaterThan(firstWait + 30_000)

    // Third attempt accepted.
    await letRetryWaitPass()
    await payload.jobs.run({ queue: 'mail' })
    job = await payload.findByID({ collection: 'payload-jobs', id: digestJob.id, depth: 0 })
    expect(job.completedAt).toBeTruthy()
    expect(job.hasError).toBeFalsy()
    expect(attempts.get(to)).toBe(REFUSALS + 1)
    expect(inbox.filter((m) => m.to.includes(to))).toHaveLength(1)
    expect(inbox.find((m) => m.to.includes(to))!.raw.replace(/=\r?\n/g, '')).toContain(`Vencimientos de cobro al ${ASOF}`)

    // A second sweep the same day queues nothing; the same message queued again is not sent again.
    const second = await sweep()
    expect(second.emailsQueued).toBe(0)
    await payload.jobs.queue({ task: 'sendEmail', queue: 'mail', input: job.input as any })
    await payload.jobs.run({ queue: 'mail' })
    expect(inbox.filter((m) => m.to.includes(to))).toHaveLength(1)
    expect((await mailJobs()).every((j) => j.completedAt && !j.hasError)).toBe(true)
  })
})
