import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { lexicalParagraphs } from '@/notices/lexicalParagraphs'
import { publicActUrls } from '@/notices/publicActUrls'
import { NOTICE_KINDS } from '@/rules/notices/noticeDates'
import type { Case, Document, EmailMessage, Notice, Notification, User } from '@/payload-types'
import { addDays } from '@/seed/dates'
import { walkCase, type WalkActors } from '@/seed/walkCase'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { randomDigits } from './helpers/fixtures'
import { letRetryWaitPass, mailsTo, runMailQueue, storedMessage } from './helpers/mailQueue'
import { expectRefusal, expectRestDenied } from './helpers/refusals'
import { clearMailQueue, startTestSmtp, type Mail } from './helpers/testSmtp'

/**
 * Issue 11: the signed act is what the case, the notice and the e-mail carry. The branch manager
 * signs the LCD drafted from the case (the case's LCD record points to it, R-COB-08/17); a citation
 * recorded as sent by e-mail goes out through the mail queue with that PDF attached, once, and its
 * status shows on the notification and on the case (R-NOT-03); the notice carries the signed act,
 * never a draft, and only that act becomes public (R-NOT-02, R-COB-04).
 */

// The test's mail server refuses the first delivery to the addresses put here.
const refuseOnce = new Set<string>()
let smtp: Awaited<ReturnType<typeof startTestSmtp>>
let inbox: Mail[] = []
let payload: Payload
// Loaded after the test server starts: the config's mail adapter reads SMTP_*.
let sessions: typeof import('./helpers/sessions')
let download: typeof import('./helpers/download')

let world: CaseWorld
let c: Case
let signed: Document
let otherDraft: Document
let notification: Notification
const debtorMail = `deudor-${randomDigits(8)}@test.co`

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(new Date())
const generate = async (user: User, kind: string) => (await sessions.clientFor(user)).rest('POST', `/${SLUGS.cases}/${c.id}/acts`, { kind })
const sign = async (user: User, id: number) => (await sessions.clientFor(user)).rest('POST', `/${SLUGS.documents}/${id}/sign`)
const reloadCase = async () => (await payload.findByID({ collection: SLUGS.cases, id: c.id, depth: 0, overrideAccess: true })) as Case
const eventsOf = async () =>
  (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: c.id } }, sort: 'at', limit: 200, depth: 0, overrideAccess: true })).docs
const messagesOf = async (notificationId: number) =>
  (
    await payload.find({
      collection: SLUGS.emailMessages,
      where: { and: [{ causeCollection: { equals: SLUGS.notifications } }, { causeId: { equals: String(notificationId) } }] },
      depth: 0,
      overrideAccess: true,
    })
  ).docs as EmailMessage[]
const notificationsOfCase = async () => (await payload.count({ collection: SLUGS.notifications, where: { case: { equals: c.id } }, overrideAccess: true })).totalDocs
const asManager = () => ({ overrideAccess: false, user: world.users.branchManagerBog, depth: 0, context: { asOf: today() } }) as const
const occurrences = (text: string, part: string) => text.split(part).length - 1

beforeAll(async () => {
  smtp = await startTestSmtp({
    refuse: (to) => {
      if (!refuseOnce.has(to)) return false
      refuseOnce.delete(to)
      return true
    },
  })
  inbox = smtp.inbox
  ;({ payload } = await (await import('./helpers/initTestApp')).initTestApp())
  sessions = await import('./helpers/sessions')
  download = await import('./helpers/download')
  await clearMailQueue(payload)
  world = await buildCaseWorld(payload)
  const { professionalBog, branchManagerBog, firmA, executor } = world.users
  const actors: WalkActors = { professional: professionalBog, manager: branchManagerBog, firm: firmA, executor }
  // Due a hundred days ago: the LCD is drafted 75 days after, and signed today within six months (R-COB-03).
  c = await walkCase(payload, actors, { debtor: world.parties.debtorBog.id, debtLines: [debtLine(3_000_000, addDays(today(), -100))], target: 'LCD_EN_PROYECTO' })
}, 300_000)

afterAll(async () => {
  if (payload) await clearMailQueue(payload)
  await smtp?.close()
  // Started inside beforeAll, where initTestApp's own afterAll does not register: closed here.
  await payload?.destroy()
})

describe('signing links the act where it belongs (R-COB-08, R-COB-17)', () => {
  it('R-COB-17 the branch manager signs the drafted LCD: the case moves to LCD_FIRMADA, its LCD record points to the signed PDF, the case file has it', async () => {
    const drafted = await generate(world.users.branchManagerBog, 'LCD')
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201)
    expect((await reloadCase()).lcd?.document ?? null).toBeNull()
    const res = await sign(world.users.branchManagerBog, drafted.body.doc.id)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    signed = (await payload.findByID({ collection: SLUGS.documents, id: drafted.body.doc.id, depth: 0, overrideAccess: true })) as Document
    expect(signed.actStatus).toBe('FIRMADO')
    const after = await reloadCase()
    expect([after.subState, after.lcd?.document, after.lcd?.signedBy, String(after.lcd?.issuedOn ?? '').slice(0, 10)]).toEqual([
      'LCD_FIRMADA',
      signed.id,
      world.users.branchManagerBog.id,
      today(),
    ])
    const filed = (await eventsOf()).filter((e) => e.document === signed.id).map((e) => e.summary)
    expect(filed).toEqual(expect.arrayContaining([expect.stringContaining('firmado por'), 'Documento de la LCD firmada incorporado al expediente.']))
  })

  it('R-COB-17 a second LCD signed later does not replace the one on the case', async () => {
    const again = await generate(world.users.branchManagerBog, 'LCD')
    otherDraft = again.body.doc
    // Kept as a draft for the refusals below; a signature of another draft would leave lcd.document alone.
    expect((await reloadCase()).lcd?.document).toBe(signed.id)
  })
})

describe('a citation by e-mail carries the signed act (R-NOT-03, R-COB-04)', () => {
  const citation = (document: number | undefined, email: string | null = debtorMail) => ({
    case: c.id,
    act: 'LCD',
    ...(document ? { document } : {}),
    facts: { citationChannel: 'CORREO_ELECTRONICO', citationEmail: email, citationSentOn: today() },
  })

  it('R-NOT-03 a citation by e-mail with a draft act, or with no act, is refused: no notification, no message', async () => {
    const before = { notifications: await notificationsOfCase(), messages: (await payload.count({ collection: SLUGS.emailMessages, where: { case: { equals: c.id } }, overrideAccess: true })).totalDocs }
    await expectRefusal(payload.create({ collection: SLUGS.notifications, data: citation(otherDraft.id) as never, ...asManager() }), 'R-NOT-03', 409)
    await expectRefusal(payload.create({ collection: SLUGS.notifications, data: citation(undefined) as never, ...asManager() }), 'R-NOT-03', 409)
    await expectRefusal(payload.create({ collection: SLUGS.notifications, data: citation(signed.id, null) as never, ...asManager() }), 'R-NOT-01', 400)
    expect(await notificationsOfCase()).toBe(before.notifications)
    expect((await payload.count({ collection: SLUGS.emailMessages, where: { case: { equals: c.id } }, overrideAccess: true })).totalDocs).toBe(before.messages)
  })

  it('R-NOT-03 the citation is queued with the signed PDF; the server refuses once, then it arrives once with the act attached exactly once; the status shows on the notification and the case', async () => {
    refuseOnce.add(debtorMail)
    notification = (await payload.create({ collection: SLUGS.notifications, data: citation(signed.id) as never, ...asManager() })) as Notification
    const [queued, ...more] = await messagesOf(notification.id)
    expect(more).toHaveLength(0)
    expect(queued).toMatchObject({ template: 'citation', status: 'QUEUED', to: debtorMail, attachments: [signed.id], case: c.id, attempts: 0 })
    expect(queued.subject).toBe(`Citación para notificación personal · expediente ${c.title}`)
    expect(mailsTo(inbox, debtorMail)).toHaveLength(0)

    // First attempt refused: FAILED with the reason and one attempt, read on the notification by national staff.
    await runMailQueue(payload)
    const joined = async () =>
      (
        (await payload.findByID({
          collection: SLUGS.notifications,
          id: notification.id,
          depth: 1,
          overrideAccess: false,
          user: world.users.collectionsManager,
          joins: { emails: { limit: 10 } },
        })) as Notification
      ).emails?.docs as EmailMessage[] | undefined
    const failed = (await joined())!.find((m) => m.id === queued.id)!
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 })
    expect(failed.lastError).toMatch(/451|no disponible/i)
    expect(mailsTo(inbox, debtorMail)).toHaveLength(0)

    await letRetryWaitPass(payload)
    await runMailQueue(payload)
    const sent = await storedMessage(payload, queued.id)
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2 })
    expect(sent.messageId).toBeTruthy()
    const delivered = mailsTo(inbox, debtorMail)
    expect(delivered).toHaveLength(1)
    // The message as a mail client reads it: a MIME parser over the raw message (mailsTo's text has
    // its quoted-printable soft breaks joined, which also joins a base64 body ending in "=" to the
    // boundary after it).
    const mail = await simpleParser(inbox.find((m) => m.to.includes(debtorMail))!.raw)
    const pdfs = mail.attachments.filter((a) => a.contentType === 'application/pdf')
    expect(pdfs.map((a) => a.filename)).toEqual([signed.filename])
    const token = await download.tokenFor(world.users.branchManagerBog.email)
    const file = await download.downloadFile(token, `/documents/file/${encodeURIComponent(signed.filename!)}`)
    expect(file.status).toBe(200)
    // The one PDF of the message is the signed act's bytes.
    expect(pdfs[0]!.content.equals(file.bytes), `adjunto de ${pdfs[0]!.content.length} bytes; archivo de ${file.bytes.length}`).toBe(true)

    // The same message, sent with its server id, on the notification and on the case ("Correos").
    expect((await joined())!.map((m) => [m.id, m.status, m.messageId])).toEqual([[queued.id, 'SENT', sent.messageId]])
    const onCase = (await payload.findByID({ collection: SLUGS.cases, id: c.id, depth: 1, overrideAccess: false, user: world.users.collectionsManager, joins: { emails: { limit: 10 } } })) as Case
    expect((onCase.emails?.docs as EmailMessage[]).map((m) => [m.id, m.status])).toEqual([[queued.id, 'SENT']])
    const filed = (await eventsOf()).find((e) => e.summary.startsWith('Citación enviada por correo electrónico'))
    expect(filed).toMatchObject({ document: signed.id, actor: world.users.branchManagerBog.id })
  })

  it('R-NOT-03 saving the notification again (the receipt) queues nothing more; the debtor gets the citation once', async () => {
    await payload.update({ collection: SLUGS.notifications, id: notification.id, data: { facts: { citationReceivedOn: today() } } as never, ...asManager() })
    expect(await messagesOf(notification.id)).toHaveLength(1)
    await runMailQueue(payload)
    expect(mailsTo(inbox, debtorMail)).toHaveLength(1)
  })
})

describe('the notice carries the signed act, and only it becomes public (R-NOT-02, R-COB-04)', () => {
  let notice: Notice
  const body = (extra: Record<string, unknown>) => ({
    kind: NOTICE_KINDS.notification,
    notification: notification.id,
    text: lexicalParagraphs('Se notifica por aviso la liquidación certificada de deuda.'),
    ...extra,
  })
  const noticesOf = async () => (await payload.count({ collection: SLUGS.notices, where: { notification: { equals: notification.id } }, overrideAccess: true })).totalDocs

  it('R-NOT-02 an editor attaching a draft act to a notice is refused with the rule, draft or published; nothing is written', async () => {
    const editor = await sessions.clientFor(world.users.editor)
    const postedOn = String(((await payload.findByID({ collection: SLUGS.notifications, id: notification.id, depth: 0, overrideAccess: true })) as Notification).derived?.noticeDueOn).slice(0, 10)
    for (const [query, status] of [['?draft=true&depth=0', 'draft'], ['?depth=0', 'published']]) {
      // Refused on its field (the admin shows it under "Copia del acto"), with the rule first.
      const res = await editor.rest('POST', `/${SLUGS.notices}${query}`, body({ document: otherDraft.id, postedOn, _status: status }))
      expect(res.status, JSON.stringify(res.body)).toBe(409)
      expect(res.body.errors[0].message).toMatch(/^R-NOT-02: El aviso lleva la copia del acto firmado/)
    }
    expect(await noticesOf()).toBe(0)
  })

  it('R-COB-04 R-NOT-02 published without an act of its own, the notice carries the notification’s signed LCD; visitors read and download it, never the draft', async () => {
    const editor = await sessions.clientFor(world.users.editor)
    const postedOn = String(((await payload.findByID({ collection: SLUGS.notifications, id: notification.id, depth: 0, overrideAccess: true })) as Notification).derived?.noticeDueOn).slice(0, 10)
    const res = await editor.rest('POST', `/${SLUGS.notices}?depth=0`, body({ postedOn, _status: 'published' }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    notice = res.body.doc
    expect([notice.document, notice._status]).toEqual([signed.id, 'published'])

    const file = await download.downloadFile(undefined, `/documents/file/${encodeURIComponent(signed.filename!)}`)
    expect(file.status).toBe(200)
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect((await sessions.anonymous.rest('GET', `/${SLUGS.documents}/${signed.id}?depth=0`)).status).toBe(200)
    // The links of /avisos (its list and the notice's page): the signed act's file URL, never the draft's.
    const links = await publicActUrls(payload, [signed.id, otherDraft.id])
    expect([...links.keys()]).toEqual([signed.id])
    const link = links.get(signed.id)!
    expect(link).toMatch(new RegExp(`/api/${SLUGS.documents}/file/${encodeURIComponent(signed.filename!)}$`))
    const linked = await download.downloadFile(undefined, link.slice(link.indexOf(`/${SLUGS.documents}/file/`)))
    expect([linked.status, linked.bytes.subarray(0, 5).toString()]).toEqual([200, '%PDF-'])
    expect([403, 404]).toContain((await download.downloadFile(undefined, `/documents/file/${encodeURIComponent(otherDraft.filename!)}`)).status)
    expectRestDenied(await sessions.anonymous.rest('GET', `/${SLUGS.documents}/${otherDraft.id}`), [401, 403, 404])
    const graphql = await sessions.anonymous.graphql(`{ Documents(limit: 10, where: { OR: [{ id: { equals: ${signed.id} } }, { id: { equals: ${otherDraft.id} } }] }) { docs { id } } }`)
    expect(graphql.body.errors, JSON.stringify(graphql.body.errors)).toBeUndefined()
    expect(graphql.body.data.Documents.docs.map((d: { id: number }) => d.id)).toEqual([signed.id])
    // Visitors never read the case, nor the notification.
    expectRestDenied(await sessions.anonymous.rest('GET', `/${SLUGS.cases}/${c.id}`), [401, 403, 404])
    expectRestDenied(await sessions.anonymous.rest('GET', `/${SLUGS.notifications}/${notification.id}`), [401, 403, 404])
  })
})
