import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Case } from '@/payload-types'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { asUser } from './helpers/asUser'
import { initTestApp } from './helpers/initTestApp'
import { caseInLcdNotification } from './helpers/walkCase'
import { clearMailQueue, startTestSmtp } from './helpers/testSmtp'

// The mail server first: the mail adapter reads SMTP_* when the config loads.
const smtp = await startTestSmtp()
const { inbox } = smtp
const { payload } = await initTestApp()
let world: CaseWorld

const d = (value: unknown) => (value ? String(value).slice(0, 10) : null)

const openCase = async (user: any, debtor: number, dueDate: string, asOf: string, { responsible, ...extra }: Record<string, unknown> = {}) => {
  const c = (await payload.create({
    collection: SLUGS.cases,
    data: { debtor, debtLines: [debtLine(4_000_000, dueDate)], ...extra } as any,
    ...asUser(user, asOf),
  })) as Case
  if (responsible === undefined) return c
  // R-ROL-01: the responsible is assigned by a manager (here the collections manager), not by the professional.
  return (await payload.update({ collection: SLUGS.cases, id: c.id, data: { responsible } as any, ...asUser(world.users.collectionsManager, asOf) })) as Case
}


const runSweep = async (asOf: string) => {
  const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf }, queue: 'sweep' })
  await payload.jobs.runByID({ id: job.id })
  const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
  expect(done.hasError, JSON.stringify(done.error ?? done.log).slice(0, 2000)).toBeFalsy()
  // The digests it queued, as the server's mail queue would send them: all of them, since the
  // sweep also writes to the responsible people of the other test files' cases (the database is shared).
  await payload.jobs.run({ queue: 'mail', limit: 1000 })
  // A single-task job keeps the task's output in its log.
  return (done.log as any[]).find((entry) => entry.taskSlug === 'deadlineSweep' && entry.state === 'succeeded').output.report
}

let unanswered: { caseId: number; notificationId: number }
let notifiedInPerson: { caseId: number; notificationId: number }
let lcdLimitSoon: Case
let farAway: Case
let coactive: { caseId: number }

beforeAll(async () => {
  await clearMailQueue(payload)
  world = await buildCaseWorld(payload)

  // Citation sent Wed 18 Nov, received Thu 19 Nov: appear by Thu 26 Nov; notice due Fri 27 Nov.
  unanswered = await caseInLcdNotification(payload, world, { dueDate: '2026-08-31', signOn: '2026-11-17', facts: { citationSentOn: '2026-11-18', citationReceivedOn: '2026-11-19' }, recordOn: '2026-11-19' })
  // Notified in person Mon 5 Oct: appeal term (12 Oct holiday) ends 20 Oct; final 21 Oct.
  notifiedInPerson = await caseInLcdNotification(payload, world, { dueDate: '2026-07-31', signOn: '2026-10-01', facts: { citationSentOn: '2026-10-01', personallyNotifiedOn: '2026-10-05' }, recordOn: '2026-10-05' })
  // A coactive case: payment order cited Tue 10 Nov, nobody appeared; the 10 business days (16 Nov
  // holiday) ended 25 Nov: overdue on 30 Nov, for the executor officer who signed the order.
  const walked = await caseInLcdNotification(payload, world, { dueDate: '2026-07-31', signOn: '2026-10-01', facts: { citationSentOn: '2026-10-01', personallyNotifiedOn: '2026-10-05' }, recordOn: '2026-10-05' })
  const step = (user: any, data: Record<string, unknown>, asOf: string) =>
    payload.update({ collection: SLUGS.cases, id: walked.caseId, data: data as any, ...asUser(user, asOf) })
  await step(world.users.professionalBog, { subState: 'NOTIFICADA' }, '2026-10-05')
  await step(world.users.professionalBog, { subState: 'EN_FIRME' }, '2026-10-21')
  await step(
    world.users.professionalBog,
    { checklist: { persuasiveEvidence: true, debtDetailByPeriod: true, citationWithReceipt: true, originalLcd: true, notificationRecord: true } },
    '2026-10-22',
  )
  await step(world.users.executor, { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' }, '2026-11-09')
  await payload.create({
    collection: SLUGS.notifications,
    data: { case: walked.caseId, act: 'MANDAMIENTO_DE_PAGO', facts: { citationSentOn: '2026-11-10' } } as any,
    ...asUser(world.users.executor, '2026-11-10'),
  })
  coactive = { caseId: walked.caseId }
  // LCD limit 1 Dec 2026 (six months after 1 June): due soon on 30 Nov.
  lcdLimitSoon = await openCase(world.users.professionalBog, world.parties.debtorBog.id, '2026-06-01', '2026-11-02', { responsible: world.users.professionalBog.id })
  // LCD limit 1 May 2027: nothing due.
  farAway = await openCase(world.users.professionalMed, world.parties.debtorMed.id, '2026-11-01', '2026-11-20', { responsible: world.users.professionalMed.id })
})

afterAll(async () => {
  await smtp.close()
})

const mailsTo = (email: string) => inbox.filter((m) => m.to.includes(email))

describe('daily deadline sweep (jobs queue, real SMTP)', () => {
  let first: any

  it('R-COB-04 moves an unanswered citation to "notice due" once its term has passed', async () => {
    first = await runSweep('2026-11-30')
    const notification = await payload.findByID({ collection: SLUGS.notifications, id: unanswered.notificationId, depth: 0 })
    expect(notification.status).toBe('AVISO_PENDIENTE')
    expect(d(notification.derived?.noticeDueOn)).toBe('2026-11-27')
    const { docs } = await payload.find({
      collection: SLUGS.caseEvents,
      where: { and: [{ case: { equals: unanswered.caseId } }, { kind: { equals: 'AUTOMATICA' } }] },
      depth: 0,
    })
    expect(docs.map((e) => e.summary).join(' ')).toContain('Aviso por publicar')
  })

  it('R-COB-05 moves a notified LCD to notified and then final as the system, leaving it in the case file', async () => {
    const c = await payload.findByID({ collection: SLUGS.cases, id: notifiedInPerson.caseId, depth: 0, context: { asOf: '2026-11-30' } })
    expect(c.subState).toBe('EN_FIRME')
    expect(first.casesMoved.filter((m: any) => m.caseId === notifiedInPerson.caseId).map((m: any) => m.rule)).toEqual(['R-COB-04', 'R-COB-05'])
    // R-COB-06: final 21 Oct → first contact by 5 Nov: overdue on 30 Nov.
    expect(d(c.nextDeadline)).toBe('2026-11-05')
    expect(c.deadlineFlag).toBe('VENCIDO')
  })

  it('R-COB-03 flags overdue and due-soon terms and leaves the rest in term', async () => {
    // Read as of the sweep's day: the alert is shown as of the reading day.
    const flags = async (id: number) => (await payload.findByID({ collection: SLUGS.cases, id, depth: 0, context: { asOf: '2026-11-30' } })).deadlineFlag
    expect(await flags(unanswered.caseId)).toBe('VENCIDO')
    expect(await flags(lcdLimitSoon.id)).toBe('POR_VENCER')
    expect(d((await payload.findByID({ collection: SLUGS.cases, id: lcdLimitSoon.id, depth: 0 })).nextDeadline)).toBe('2026-12-01')
    expect(await flags(farAway.id)).toBe('EN_TERMINO')
  })

  it('R-NOT-03 e-mails each responsible person one digest through the real mail server', async () => {
    const professional = mailsTo(world.users.professionalBog.email)
    expect(professional).toHaveLength(1)
    const raw = professional[0]!.raw.replace(/=\r?\n/g, '')
    expect(raw).toContain('Vencimientos de cobro al 2026-11-30: 3 vencidos, 1 por vencer')
    expect(raw).toContain('Publicar el aviso (R-COB-04)')
    expect(raw).toContain('Expedir la LCD (R-COB-03)')
    // The external firm assigned to the debtor gets the same terms; the other branch's people get nothing.
    expect(mailsTo(world.users.firmA.email)).toHaveLength(1)
    expect(mailsTo(world.users.professionalMed.email)).toHaveLength(0)
    expect(mailsTo(world.users.firmB.email)).toHaveLength(0)
  })

  it('R-ROL-05 the executor officer gets the coactive terms of the orders they signed', async () => {
    const c = await payload.findByID({ collection: SLUGS.cases, id: coactive.caseId, depth: 0 })
    expect(d(c.nextDeadline)).toBe('2026-11-25')
    expect(c.nextDeadlineLabel).toBe('Término para comparecer a la citación (R-COB-04)')
    const executorMail = mailsTo(world.users.executor.email)
    expect(executorMail).toHaveLength(1)
    expect(executorMail[0]!.raw.replace(/=\r?\n/g, '')).toContain('1 vencidos, 0 por vencer')
  })

  it('R-NOT-01 is idempotent: a second run the same day writes nothing new and sends no mail twice', async () => {
    const before = inbox.length
    const eventsBefore = (await payload.find({ collection: SLUGS.caseEvents, limit: 0, depth: 0 })).totalDocs
    const second = await runSweep('2026-11-30')
    expect(second.notificationsAdvanced).toBe(0)
    expect(second.casesMoved).toEqual([])
    expect(second.emailsQueued).toBe(0)
    expect(second.emailsAlreadyQueued).toBeGreaterThanOrEqual(2)
    expect(inbox.length).toBe(before)
    expect((await payload.find({ collection: SLUGS.caseEvents, limit: 0, depth: 0 })).totalDocs).toBe(eventsBefore)
  })
})
