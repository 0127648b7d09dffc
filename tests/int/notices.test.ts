import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { lexicalParagraphs } from '@/notices/lexicalParagraphs'
import type { Document, Notice, Notification, Party, User } from '@/payload-types'
import { NOTICE_KINDS, NOTICE_STATES } from '@/rules/notices/noticeDates'
import type { ApiClient } from './helpers/apiClient'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { downloadFile, tokenFor } from './helpers/download'
import { pdfFile } from './helpers/matrixWorld'
import { expectRestDenied } from './helpers/refusals'
import { anonymous, clientFor } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'

/**
 * Issue 11 (R-NOT-02, R-COB-04/11/16): editors publish notices; anonymous visitors read only the
 * published ones and the acts they carry, over REST, GraphQL, the Local API and the file URLs;
 * publishing sets the notification's posting date; the sweep takes a notice down after its last day.
 */

let world: CaseWorld
let editor: ApiClient
const system = { overrideAccess: true, depth: 0 } as const

type Side = 'bog' | 'med'
const notifications = {} as Record<Side, Notification>
const debtors = {} as Record<Side, Party>
let actPdf: Document
let draftPdf: Document
let otherPdf: Document
let published: Notice
const drafts = {} as Record<Side, Notice>

const upload = async () => (await payload.create({ collection: SLUGS.documents, data: { category: 'EXPEDIENTE' } as never, file: pdfFile(), ...system })) as Document

const notificationOn = async (side: Side) => {
  const debtor = side === 'bog' ? world.parties.debtorBog : world.parties.debtorMed
  const theCase = await payload.create({ collection: SLUGS.cases, data: { debtor: debtor.id, debtLines: [debtLine(4_000_000, '2026-03-15')] } as never, ...system })
  return (await payload.create({ collection: SLUGS.notifications, data: { case: theCase.id, act: 'DECISION_RECURSO' } as never, ...system })) as Notification
}

const draftBody = (side: Side, text: string, document?: number) => ({
  kind: NOTICE_KINDS.notification,
  notification: notifications[side].id,
  text: lexicalParagraphs(text),
  postedOn: '2026-12-01',
  ...(document ? { document } : {}),
  _status: 'draft',
})

const stored = async (id: number) => (await payload.findByID({ collection: SLUGS.notices, id, ...system })) as Notice
const day = (value: unknown) => String(value ?? '').slice(0, 10) || null

/** Ids of the notices of this file a visitor gets over REST for a debtor's ID. */
const restIds = async (client: ApiClient, debtorId: string) => {
  const res = await client.rest('GET', `/${SLUGS.notices}?depth=0&limit=100&where[debtorId][equals]=${debtorId}`)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return (res.body.docs as { id: number }[]).map((d) => d.id)
}

const graphqlIds = async (client: ApiClient, debtorId: string) => {
  const res = await client.graphql('query ($id: String) { Notices(where: { debtorId: { equals: $id } }, limit: 100) { docs { id } } }', { id: debtorId })
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined()
  return (res.body.data.Notices.docs as { id: number }[]).map((d) => d.id)
}

const localIds = async (user: User | undefined, debtorId: string) =>
  (await payload.find({ collection: SLUGS.notices, where: { debtorId: { equals: debtorId } }, overrideAccess: false, user, depth: 0, pagination: false })).docs.map((d) => d.id)

const { payload } = await initTestApp()

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  editor = await clientFor(world.users.editor)
  debtors.bog = world.parties.debtorBog
  debtors.med = world.parties.debtorMed
  notifications.bog = await notificationOn('bog')
  notifications.med = await notificationOn('med')
  actPdf = await upload()
  draftPdf = await upload()
  otherPdf = await upload()
  // Drafts of both branches, and one notice that the editor publishes in the first test.
  drafts.bog = (await payload.create({ collection: SLUGS.notices, data: draftBody('bog', 'Borrador Bogotá', draftPdf.id) as never, ...system })) as Notice
  drafts.med = (await payload.create({ collection: SLUGS.notices, data: draftBody('med', 'Borrador Medellín', draftPdf.id) as never, ...system })) as Notice
}, 300_000)

describe('publication', () => {
  it('R-NOT-02 R-COB-04 an editor writes a draft and publishes it: debtor, branch and dates computed, the notification follows, the case file records it', async () => {
    const created = await editor.rest('POST', `/${SLUGS.notices}?draft=true&depth=0`, draftBody('bog', 'Se notifica por aviso la decisión del recurso.', actPdf.id))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number
    expect((await stored(id))._status).toBe('draft')
    expect(day((await payload.findByID({ collection: SLUGS.notifications, id: notifications.bog.id, ...system })).facts?.noticePostedOn)).toBeNull()

    const res = await editor.rest('PATCH', `/${SLUGS.notices}/${id}?depth=0`, { _status: 'published' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    published = await stored(id)
    expect(published).toMatchObject({
      _status: 'published',
      postingStatus: NOTICE_STATES.posted,
      debtorName: (await payload.findByID({ collection: SLUGS.parties, id: debtors.bog.id, ...system })).displayName,
      debtorId: debtors.bog.idNumber,
      branch: world.branches.bog.id,
      branchName: world.branches.bog.name,
    })
    // Posted Tue 1 Dec 2026: up 1, 2, 3, 4 and 7 Dec; 8 Dec is a holiday, so notified at the end of Wed 9 Dec.
    expect([day(published.takeDownOn), day(published.deemedNotifiedOn)]).toEqual(['2026-12-07', '2026-12-09'])

    const notification = (await payload.findByID({ collection: SLUGS.notifications, id: notifications.bog.id, ...system })) as Notification
    expect(day(notification.facts?.noticePostedOn)).toBe('2026-12-01')
    expect(day(notification.derived?.noticeTakeDownOn)).toBe('2026-12-07')
    expect(day(notification.derived?.notifiedOn)).toBe('2026-12-09')
    expect(notification.derived?.notifiedBy).toBe('AVISO')

    const events = await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: notification.case } }, ...system })
    const summaries = events.docs.map((e) => e.summary)
    expect(summaries.filter((s) => s.startsWith('Aviso publicado')), JSON.stringify(summaries)).toEqual([
      'Aviso publicado en la página de avisos, fijado el 01/12/2026; se retira al cierre del 07/12/2026.',
    ])
  })

  it('R-NOT-02 only editors and the administrator write notices; branch staff and portals are refused and nothing is written', async () => {
    const before = (await payload.count({ collection: SLUGS.notices, overrideAccess: true })).totalDocs
    for (const user of [world.users.branchManagerBog, world.users.brokerA, world.users.collectionsManager]) {
      expectRestDenied(await (await clientFor(user)).rest('POST', `/${SLUGS.notices}`, draftBody('bog', 'Intento')))
    }
    expectRestDenied(await anonymous.rest('POST', `/${SLUGS.notices}`, draftBody('bog', 'Intento')))
    expectRestDenied(await (await clientFor(world.users.branchManagerBog)).rest('PATCH', `/${SLUGS.notices}/${drafts.bog.id}`, { _status: 'published' }))
    expect((await payload.count({ collection: SLUGS.notices, overrideAccess: true })).totalDocs).toBe(before)
    expect((await stored(drafts.bog.id))._status).toBe('draft')
  })

  it('R-COB-16 an auction announcement not posted on a Sunday, or less than ten days ahead, is refused with the rule and not written', async () => {
    const before = (await payload.count({ collection: SLUGS.notices, overrideAccess: true })).totalDocs
    const auction = (postedOn: string, auctionOn: string) => ({ ...draftBody('bog', 'Remate'), kind: NOTICE_KINDS.auction, postedOn, auctionOn, _status: 'published' })
    const refusals = {
      'R-COB-16: El aviso de remate se publica un domingo.': await editor.rest('POST', `/${SLUGS.notices}`, auction('2026-12-07', '2026-12-28')),
      'R-COB-16: El remate se anuncia con al menos 10 días de anticipación': await editor.rest('POST', `/${SLUGS.notices}`, auction('2026-12-06', '2026-12-15')),
    }
    for (const [message, res] of Object.entries(refusals)) {
      // A refusal about one field (the admin shows it on the field): 400, the rule's message in the error.
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(res.body.errors?.[0]?.message).toContain(message)
    }
    expect((await payload.count({ collection: SLUGS.notices, overrideAccess: true })).totalDocs).toBe(before)
    const ok = await editor.rest('POST', `/${SLUGS.notices}?depth=0`, auction('2026-12-06', '2026-12-16'))
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    expect(day(ok.body.doc.takeDownOn)).toBe('2026-12-16')
    // An auction announcement does not notify the act of its notification record.
    expect(day((await payload.findByID({ collection: SLUGS.notifications, id: notifications.bog.id, ...system })).facts?.noticePostedOn)).toBe('2026-12-01')
    await payload.delete({ collection: SLUGS.notices, id: ok.body.doc.id, overrideAccess: true })
  })
})

describe('who reads what', () => {
  it('R-NOT-02 anonymous visitors read the published notice and never a draft, over REST, GraphQL and the Local API', async () => {
    for (const side of ['bog', 'med'] as const) {
      const expected = side === 'bog' ? [published.id] : []
      expect((await restIds(anonymous, debtors[side].idNumber)).sort()).toEqual(expected)
      expect((await graphqlIds(anonymous, debtors[side].idNumber)).sort()).toEqual(expected)
      expect((await localIds(undefined, debtors[side].idNumber)).sort()).toEqual(expected)
    }
    expectRestDenied(await anonymous.rest('GET', `/${SLUGS.notices}/${drafts.bog.id}`), [401, 403, 404])
    // The notification it links stays hidden.
    expect((await anonymous.rest('GET', `/${SLUGS.notices}/${published.id}?depth=1`)).body.notification).toBeUndefined()
  })

  it('R-NOT-02 a newer draft of a published notice stays unseen by visitors, even asking for drafts', async () => {
    const res = await editor.rest('PATCH', `/${SLUGS.notices}/${published.id}?draft=true&depth=0`, { text: lexicalParagraphs('Texto en preparación reservado'), _status: 'draft' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    for (const path of [`/${SLUGS.notices}/${published.id}?draft=true`, `/${SLUGS.notices}?draft=true&where[id][equals]=${published.id}`, `/${SLUGS.notices}/${published.id}`]) {
      const seen = await anonymous.rest('GET', path)
      expect(JSON.stringify(seen.body)).not.toContain('reservado')
    }
    const graphql = await anonymous.graphql(`{ Notice(id: ${published.id}, draft: true) { text } }`)
    expect(JSON.stringify(graphql.body)).not.toContain('reservado')
    expect((await anonymous.rest('GET', `/${SLUGS.notices}/${published.id}/versions`)).status).not.toBe(200)
    // The editor sees the draft it is writing.
    expect(JSON.stringify((await editor.rest('GET', `/${SLUGS.notices}/${published.id}?draft=true`)).body)).toContain('reservado')
  })

  it('R-NOT-02 R-ROL-01 staff read their branch drafts, editors every draft, portals and firms only what is published', async () => {
    const ids = async (user: User) => [...(await localIds(user, debtors.bog.idNumber)), ...(await localIds(user, debtors.med.idNumber))].sort()
    const { professionalBog, editor: editorUser, collectionsManager, brokerA, provider, firmA } = world.users
    expect(await ids(editorUser)).toEqual([published.id, drafts.bog.id, drafts.med.id].sort())
    expect(await ids(collectionsManager)).toEqual([published.id, drafts.bog.id, drafts.med.id].sort())
    expect(await ids(professionalBog)).toEqual([published.id, drafts.bog.id].sort())
    for (const user of [brokerA, provider, firmA]) expect(await ids(user)).toEqual([published.id])
    expect((await restIds(await clientFor(brokerA), debtors.bog.idNumber)).sort()).toEqual([published.id])
    expect((await graphqlIds(await clientFor(professionalBog), debtors.med.idNumber)).sort()).toEqual([])
  })

  it('R-NOT-02 the act of a published notice is public (record and file URL); a draft notice’s act and other documents never', async () => {
    const token = { anonymous: undefined, broker: await tokenFor(world.users.brokerA.email), editor: await tokenFor(world.users.editor.email) }
    const file = (doc: Document) => `/documents/file/${doc.filename}`
    expect((await downloadFile(token.anonymous, file(actPdf))).status).toBe(200)
    expect((await downloadFile(token.broker, file(actPdf))).status).toBe(200)
    expect((await anonymous.rest('GET', `/documents/${actPdf.id}`)).status).toBe(200)
    for (const doc of [draftPdf, otherPdf]) {
      expect([403, 404]).toContain((await downloadFile(token.anonymous, file(doc))).status)
      expect([403, 404]).toContain((await downloadFile(token.broker, file(doc))).status)
      expectRestDenied(await anonymous.rest('GET', `/documents/${doc.id}`), [401, 403, 404])
    }
    const graphql = await anonymous.graphql(`{ Documents(limit: 100, where: { OR: [${[actPdf, draftPdf, otherPdf].map((d) => `{ id: { equals: ${d.id} } }`).join(', ')}] }) { docs { id } } }`)
    expect(graphql.body.errors, JSON.stringify(graphql.body.errors)).toBeUndefined()
    expect(graphql.body.data.Documents.docs.map((d: { id: number }) => d.id)).toEqual([actPdf.id])
    // Editors read the act of a draft notice (they attach it), not other documents.
    expect((await downloadFile(token.editor, file(draftPdf))).status).toBe(200)
    expect([403, 404]).toContain((await downloadFile(token.editor, file(otherPdf))).status)
  })

  it('R-NOT-02 a published notice that drops its act takes the act out of public view', async () => {
    const notice = (await payload.create({
      collection: SLUGS.notices,
      data: { ...draftBody('med', 'Con acto propio', otherPdf.id), _status: 'published' } as never,
      ...system,
    })) as Notice
    expect((await downloadFile(undefined, `/documents/file/${otherPdf.filename}`)).status).toBe(200)
    await payload.update({ collection: SLUGS.notices, id: notice.id, data: { document: draftPdf.id } as never, ...system })
    expect([403, 404]).toContain((await downloadFile(undefined, `/documents/file/${otherPdf.filename}`)).status)
    expect((await downloadFile(undefined, `/documents/file/${draftPdf.filename}`)).status).toBe(200)
    await payload.delete({ collection: SLUGS.notices, id: notice.id, overrideAccess: true })
    expect([403, 404]).toContain((await downloadFile(undefined, `/documents/file/${draftPdf.filename}`)).status)
  })
})

describe('take-down by the daily sweep', () => {
  const runSweep = async (asOf: string) => {
    const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf }, queue: 'avisos-prueba' })
    await payload.jobs.runByID({ id: job.id })
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(done.hasError, JSON.stringify(done.error ?? done.log).slice(0, 2000)).toBeFalsy()
    return (done.log as any[]).find((entry) => entry.taskSlug === 'deadlineSweep' && entry.state === 'succeeded').output.report
  }

  it('R-NOT-02 the notice stays up through its last day, comes down the next, is recorded, and stays in the archive; a second run changes nothing', async () => {
    await runSweep('2026-12-07')
    expect((await stored(published.id)).postingStatus).toBe(NOTICE_STATES.posted)

    const report = await runSweep('2026-12-08')
    expect(report.noticesTakenDown).toBeGreaterThanOrEqual(1)
    const down = await stored(published.id)
    expect(down.postingStatus).toBe(NOTICE_STATES.takenDown)
    expect(day(down.takenDownOn)).toBe('2026-12-08')
    const events = await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: notifications.bog.case } }, ...system })
    expect(events.docs.filter((e) => e.summary.startsWith('Aviso retirado'))).toHaveLength(1)
    const audit = await payload.find({ collection: SLUGS.auditLogs, where: { and: [{ collectionSlug: { equals: SLUGS.notices } }, { documentId: { equals: String(published.id) } }] }, ...system })
    expect(audit.docs.some((a) => JSON.stringify(a.changes).includes(NOTICE_STATES.takenDown))).toBe(true)
    // The archive stays consultable by anyone.
    expect(await restIds(anonymous, debtors.bog.idNumber)).toEqual([published.id])

    const updatedAt = down.updatedAt
    await runSweep('2026-12-09')
    expect((await stored(published.id)).updatedAt).toBe(updatedAt)
    const again = await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: notifications.bog.case } }, ...system })
    expect(again.docs.filter((e) => e.summary.startsWith('Aviso retirado'))).toHaveLength(1)
  })
})
