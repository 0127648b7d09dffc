import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { initTestApp } from './helpers/initTestApp'
import { jobsOfMessage, letRetryWaitPass, mailsTo, runMailQueue, storedMessage } from './helpers/mailQueue'
import { clearMailQueue, startTestSmtp, type Mail } from './helpers/testSmtp'

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
  it('R-NOT-03 retries the refused digest with a growing wait, delivers it once, and never again', async () => {
    const report = await sweep()
    expect(report.emailsQueued).toBeGreaterThanOrEqual(1)
    const recipient = world.users.professionalBog
    const to = recipient.email
    const { docs } = await payload.find({
      collection: SLUGS.emailMessages,
      where: { and: [{ to: { equals: to } }, { template: { equals: 'deadlineDigest' } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const digest = docs[0]
    expect(digest).toMatchObject({ status: 'QUEUED', attempts: 0, causeCollection: SLUGS.users, causeId: String(recipient.id) })
    const [digestJob] = await jobsOfMessage(payload, digest.id)
    expect(digestJob).toBeDefined()

    // First attempt refused: the job waits about a minute, the digest is not lost.
    await runMailQueue(payload)
    let job = await payload.findByID({ collection: 'payload-jobs', id: digestJob.id, depth: 0 })
    expect(job.completedAt).toBeFalsy()
    expect(job.totalTried).toBe(1)
    expect(await storedMessage(payload, digest.id)).toMatchObject({ status: 'FAILED', attempts: 1 })
    const firstWait = new Date(job.waitUntil!).getTime() - Date.now()
    expect(firstWait).toBeGreaterThan(30_000)
    // Nothing runs before its wait is over.
    await runMailQueue(payload)
    expect((await payload.findByID({ collection: 'payload-jobs', id: digestJob.id, depth: 0 })).totalTried).toBe(1)

    // Second attempt refused: the wait doubles.
    await letRetryWaitPass(payload)
    await runMailQueue(payload)
    job = await payload.findByID({ collection: 'payload-jobs', id: digestJob.id, depth: 0 })
    expect(job.completedAt).toBeFalsy()
    expect(job.totalTried).toBe(2)
    expect(new Date(job.waitUntil!).getTime() - Date.now()).toBeGreaterThan(firstWait + 30_000)

    // Third attempt accepted.
    await letRetryWaitPass(payload)
    await runMailQueue(payload)
    job = await payload.findByID({ collection: 'payload-jobs', id: digestJob.id, depth: 0 })
    expect(job.completedAt).toBeTruthy()
    expect(job.hasError).toBeFalsy()
    expect(attempts.get(to)).toBe(REFUSALS + 1)
    expect(await storedMessage(payload, digest.id)).toMatchObject({ status: 'SENT', attempts: REFUSALS + 1, lastError: null })
    expect(mailsTo(inbox, to)).toHaveLength(1)
    expect(mailsTo(inbox, to)[0]).toContain(`Vencimientos de cobro al ${ASOF}`)

    // A second sweep the same day queues nothing; the same message queued again is not sent again.
    const second = await sweep()
    expect(second.emailsQueued).toBe(0)
    await payload.jobs.queue({ task: 'sendEmail', queue: 'mail', input: { messageId: digest.id } })
    await runMailQueue(payload)
    expect(mailsTo(inbox, to)).toHaveLength(1)
    expect((await jobsOfMessage(payload, digest.id)).every((j) => j.completedAt && !j.hasError)).toBe(true)

    // The recipient's record lists the digest it caused.
    const user = await payload.findByID({ collection: SLUGS.users, id: recipient.id, depth: 0, joins: { emails: { limit: 10 } } })
    expect(user.emails?.docs?.map((m) => (typeof m === 'object' ? m.id : m))).toContain(digest.id)
  })
})
