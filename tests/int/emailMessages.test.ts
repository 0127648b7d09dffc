import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import { queueEmail } from '@/email/queueEmail'
import type { User } from '@/payload-types'
import { randomDigits } from './helpers/fixtures'
import { SAMPLE_CITATION } from '../unit/email/sampleCitation'
import { pdfBytes } from './helpers/requestFixtures'
import { jobsOfMessage, letRetryWaitPass, mailsTo, runMailQueue, storedMessage } from './helpers/mailQueue'
import { clearMailQueue, startTestSmtp, type Mail } from './helpers/testSmtp'

// The test's mail server: refuses the next N deliveries to an address, and answers slowly to some.
const refusals = new Map<string, number>()
const slow = new Set<string>()
let inbox: Mail[] = []
let smtp: Awaited<ReturnType<typeof startTestSmtp>>
let payload: Payload
let user: User
// Loaded after the test server starts: the config's mail adapter reads SMTP_*.
let anonymous: (typeof import('./helpers/sessions'))['anonymous']

const newAddress = (what: string) => `${what}-${randomDigits(8)}@test.co`

/** Queues a password-reset-like message to `to`, caused by the test's user, as a hook would. */
const queueTo = async (to: string) => {
  const req = await createLocalReq({}, payload)
  const { message } = await queueEmail({
    req,
    template: 'passwordReset',
    data: { name: 'Prueba', resetUrl: `https://app.test/admin/reset/${randomDigits(10)}`, validMinutes: 60 },
    to,
    cause: { collection: SLUGS.users, id: user.id },
  })
  return message
}

const jobOf = async (messageId: number) => {
  const jobs = await jobsOfMessage(payload, messageId)
  expect(jobs).toHaveLength(1)
  return jobs[0]
}

beforeAll(async () => {
  smtp = await startTestSmtp({
    refuse: (to) => {
      const left = refusals.get(to) ?? 0
      refusals.set(to, left - 1)
      return left > 0
    },
    delayMs: (to) => (slow.has(to) ? 1_500 : 0),
  })
  inbox = smtp.inbox
  ;({ payload, api: { anonymous } } = await (await import('./helpers/initTestApp')).initTestApp())
  await clearMailQueue(payload)
  user = await payload.create({
    collection: SLUGS.users,
    data: { email: newAddress('usuario'), password: 'Kx7-Rio-Magdalena-Nube!', name: 'Usuario de correo', role: ROLES.editor },
    overrideAccess: true,
    depth: 0,
  })
})

afterAll(async () => {
  if (payload) await clearMailQueue(payload)
  await smtp?.close()
  // Started inside beforeAll, where initTestApp's own afterAll does not register: closed here.
  await payload?.destroy()
})

describe('R-NOT-03 every e-mail is a message row delivered by the mail queue, exactly once', () => {
  it('R-NOT-03 a server that refuses the first two attempts: QUEUED → FAILED (attempt, reason) → SENT with the message id; it arrives once', async () => {
    const to = newAddress('rechazos')
    refusals.set(to, 2)
    const message = await queueTo(to)
    expect(await storedMessage(payload, message.id)).toMatchObject({ status: 'QUEUED', attempts: 0, causeCollection: SLUGS.users, causeId: String(user.id) })

    await runMailQueue(payload)
    const failed = await storedMessage(payload, message.id)
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, sentAt: null })
    expect(failed.lastError).toMatch(/^451 .*Servicio no disponible temporalmente/)
    expect(mailsTo(inbox, to)).toHaveLength(0)

    await letRetryWaitPass(payload)
    await runMailQueue(payload)
    expect(await storedMessage(payload, message.id)).toMatchObject({ status: 'FAILED', attempts: 2 })

    await letRetryWaitPass(payload)
    await runMailQueue(payload)
    const sent = await storedMessage(payload, message.id)
    expect(sent).toMatchObject({ status: 'SENT', attempts: 3, lastError: null, messageId: `<correo-${message.id}@aseguradora.local>` })
    expect(sent.serverResponse).toMatch(/^250 OK: queued as Q\d+$/)
    expect(sent.sentAt).toBeTruthy()
    const delivered = mailsTo(inbox, to)
    expect(delivered).toHaveLength(1)
    expect(delivered[0]).toContain(`Message-ID: <correo-${message.id}@aseguradora.local>`)

    // A duplicate job for the same message, and the finished job run again: nothing more is sent.
    await payload.jobs.queue({ task: 'sendEmail', queue: 'mail', input: { messageId: message.id } })
    await runMailQueue(payload)
    expect(mailsTo(inbox, to)).toHaveLength(1)
    expect((await jobsOfMessage(payload, message.id)).every((job) => job.completedAt && !job.hasError)).toBe(true)
    expect(await storedMessage(payload, message.id)).toMatchObject({ status: 'SENT', attempts: 3 })
  })

  it('R-NOT-03 a mail server outage delays the mail and loses none: each message arrives once when the server is back', async () => {
    await smtp.close()
    const addresses = [newAddress('caida-a'), newAddress('caida-b'), newAddress('caida-c')]
    const messages = []
    for (const to of addresses) messages.push(await queueTo(to))

    await runMailQueue(payload)
    await letRetryWaitPass(payload)
    await runMailQueue(payload)
    for (const message of messages) {
      const stored = await storedMessage(payload, message.id)
      expect(stored).toMatchObject({ status: 'FAILED', attempts: 2 })
      expect(stored.lastError).toMatch(/ECONNREFUSED/)
      expect((await jobOf(message.id)).completedAt).toBeFalsy()
    }

    await smtp.reopen()
    await letRetryWaitPass(payload)
    await runMailQueue(payload)
    for (const [i, message] of messages.entries()) {
      expect(await storedMessage(payload, message.id)).toMatchObject({ status: 'SENT', attempts: 3 })
      expect((await jobOf(message.id)).completedAt).toBeTruthy()
      expect(mailsTo(inbox, addresses[i])).toHaveLength(1)
    }
  })

  it('R-NOT-03 two workers racing the same message send it once', async () => {
    const to = newAddress('carrera')
    // The server takes its time, so the second worker starts while the first is still sending.
    slow.add(to)
    const message = await queueTo(to)
    const first = await jobOf(message.id)
    const second = await payload.jobs.queue({ task: 'sendEmail', queue: 'mail', input: { messageId: message.id } })
    // Two runners at once, as two servers' crons would be.
    await Promise.all([payload.jobs.runByID({ id: first.id }), payload.jobs.runByID({ id: second.id })])

    expect(mailsTo(inbox, to)).toHaveLength(1)
    expect(await storedMessage(payload, message.id)).toMatchObject({ status: 'SENT', attempts: 1 })
    const jobs = await jobsOfMessage(payload, message.id)
    // One delivered it; the other found it held and waits to retry.
    expect(jobs.filter((job) => job.completedAt)).toHaveLength(1)
    const loser = jobs.find((job) => !job.completedAt)!
    expect(JSON.stringify(loser.log)).toContain('lo está enviando otro proceso')

    // Its retry finds the message sent and sends nothing.
    await letRetryWaitPass(payload)
    await runMailQueue(payload)
    expect((await jobsOfMessage(payload, message.id)).every((job) => job.completedAt && !job.hasError)).toBe(true)
    expect(mailsTo(inbox, to)).toHaveLength(1)
  })

  it('R-NOT-03 a citation carries its act: the documents row is attached to the message as a PDF', async () => {
    const data = Buffer.from(pdfBytes())
    const act = await payload.create({
      collection: SLUGS.documents,
      data: { category: 'EXPEDIENTE', description: 'LCD firmada' },
      file: { data, mimetype: 'application/pdf', name: `lcd-${randomDigits(6)}.pdf`, size: data.length },
      overrideAccess: true,
      depth: 0,
    })
    const to = newAddress('citacion')
    const req = await createLocalReq({}, payload)
    const { message } = await queueEmail({
      req,
      template: 'citation',
      data: SAMPLE_CITATION,
      to,
      cause: { collection: SLUGS.users, id: user.id },
      attachments: [act.id],
    })
    await runMailQueue(payload)
    expect(await storedMessage(payload, message.id)).toMatchObject({ status: 'SENT', attachments: [act.id] })
    const [raw] = mailsTo(inbox, to)
    expect(raw).toContain('Content-Type: application/pdf')
    expect(raw).toContain(`filename=${act.filename}`)
    // The attached file is the act's bytes (base64 in the message).
    expect(raw.replace(/\r?\n/g, '')).toContain(data.toString('base64'))
  })

  it('R-NOT-03 a password reset is a queued message: nothing is sent until the queue runs, then the link arrives once', async () => {
    const forgot = await anonymous.raw('POST', '/users/forgot-password', { email: user.email }, { 'x-forwarded-for': `10.11.${randomDigits(2)}.${randomDigits(2)}` })
    expect(forgot.status).toBe(200)
    const { docs } = await payload.find({
      collection: SLUGS.emailMessages,
      where: { and: [{ causeId: { equals: String(user.id) } }, { to: { equals: user.email } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const [reset] = docs
    expect(reset).toMatchObject({ template: 'passwordReset', status: 'QUEUED', subject: 'Restablezca su contraseña de Recaudo y Cartera' })
    expect(mailsTo(inbox, user.email)).toHaveLength(0)

    await runMailQueue(payload)
    const { resetPasswordToken: token } = (await payload.db.findOne({ collection: SLUGS.users, where: { id: { equals: user.id } } })) as unknown as {
      resetPasswordToken: string
    }
    expect(token).toMatch(/^[0-9a-f]{40}$/)
    const delivered = mailsTo(inbox, user.email)
    expect(delivered).toHaveLength(1)
    expect(delivered[0]).toContain(`/admin/reset/${token}`)
    expect(await storedMessage(payload, reset.id)).toMatchObject({ status: 'SENT', attempts: 1 })

    // The user's record lists the mail it caused; staff never read its body (the link is a credential).
    const withMails = await payload.findByID({ collection: SLUGS.users, id: user.id, depth: 0, joins: { emails: { limit: 10 } } })
    expect(withMails.emails?.docs?.map((m) => (typeof m === 'object' ? m.id : m))).toContain(reset.id)
    const asStaff = await payload.findByID({ collection: SLUGS.emailMessages, id: reset.id, depth: 0, overrideAccess: false, user: { ...user, role: ROLES.admin } as never })
    expect(asStaff.subject).toBe(reset.subject)
    expect(asStaff).not.toHaveProperty('text')
    expect(asStaff).not.toHaveProperty('html')
  })
})
