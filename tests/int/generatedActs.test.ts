import { writeFileSync } from 'fs'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Case, Document, Notification, User } from '@/payload-types'
import { dateInWords, pesosInWords } from '@/rules/acts/legalWords'
import { walkCase, type WalkActors, type WalkTarget } from '@/seed/walkCase'
import { pdfText } from '../unit/acts/pdfText'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { clientFor } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'

let world: CaseWorld
let actors: WalkActors

const plain = (s: string) => s.replace(/\s+/g, ' ')
/** A case with two periods; a recovery line only before the coactive stage (it would need its invoices, R-COB-08). */
const walk = (target: WalkTarget, second = debtLine(1_500_000, '2026-04-15', 'RECOBRO')) =>
  walkCase(payload, actors, { debtor: world.parties.debtorBog.id, debtLines: [debtLine(4_000_000, '2026-03-16'), second], target })
const generate = async (user: User, caseId: number, kind: string) => (await clientFor(user)).rest('POST', `/${SLUGS.cases}/${caseId}/acts`, { kind })
const sign = async (user: User, documentId: number) => (await clientFor(user)).rest('POST', `/${SLUGS.documents}/${documentId}/sign`)
const stored = (id: number) => payload.findByID({ collection: SLUGS.documents, id, depth: 0, overrideAccess: true }) as Promise<Document>
const eventsOf = async (caseId: number) =>
  (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: caseId } }, sort: 'at', limit: 200, depth: 0, overrideAccess: true })).docs
/** The act's PDF as the user downloads it, read back as text. */
const readPdf = async (user: User, document: Document) => {
  const response = await (await clientFor(user)).raw('GET', `/${SLUGS.documents}/file/${encodeURIComponent(document.filename!)}`)
  expect(response.status).toBe(200)
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { ...(await pdfText(bytes)), bytes }
}
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(new Date())

const { payload } = await initTestApp()

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  await payload.updateGlobal({
    slug: SLUGS.settings,
    data: {
      insurer: { name: 'Aseguradora de Pruebas S.A.', nit: '860.011.153-6' },
      collectionAccount: { bank: 'Banco de Bogotá', accountType: 'Cuenta corriente', number: '000-99999-1', holder: 'Aseguradora de Pruebas S.A.' },
    },
    overrideAccess: true,
  })
  const { professionalBog, branchManagerBog, firmA, executor } = world.users
  actors = { professional: professionalBog, manager: branchManagerBog, firm: firmA, executor }
}, 300_000)

describe('the LCD, drafted and signed (R-COB-03, R-ROL-03, R-COB-17, R-NOT-01)', () => {
  let c: Case
  let draft: Document

  beforeAll(async () => {
    c = await walk('EN_NOTIFICACION')
  })

  it('R-COB-03 the assigned firm drafts the LCD: a DRAFT document of the case, filed in the case file', async () => {
    const res = await generate(world.users.firmA, c.id, 'LCD')
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    draft = await stored(res.body.doc.id)
    expect([draft.actKind, draft.actStatus, draft.case, draft.mimeType, draft.branch, draft.firm]).toEqual([
      'LCD',
      'BORRADOR',
      c.id,
      'application/pdf',
      world.branches.bog.id,
      world.users.firmA.id,
    ])
    const filed = (await eventsOf(c.id)).find((e) => e.document === draft.id)
    expect(filed).toMatchObject({ kind: 'ACTO', actor: world.users.firmA.id })
  })

  it('R-COB-03 the draft PDF names the debtor and ID, the cut-off date in words, the liquidation and the total in words and figures', async () => {
    const { text } = await readPdf(world.users.professionalBog, draft)
    const debtor = world.parties.debtorBog
    expect(text).toContain('LIQUIDACIÓN CERTIFICADA DE DEUDA')
    expect(text).toContain(`${debtor.firstName} ${debtor.lastName}`.toUpperCase())
    expect(text).toContain(`CC ${debtor.idNumber}`)
    expect(text).toContain(dateInWords(String(c.lcd!.cutOffDate)))
    expect(text).toContain(plain(pesosInWords(c.lcd!.total!)))
    expect(text).toContain(plain(pesosInWords(c.lcd!.capital!)))
    expect(text).toContain('Aportes en mora')
    expect(text).toContain('Recobro de prestaciones')
    expect(text).toContain('26,76 %')
    expect(text).toContain(`Bogotá, ${dateInWords(today())}`)
    expect(text).toContain('diez (10) días hábiles')
    expect(text).toContain('Cuenta corriente No. 000-99999-1 del Banco de Bogotá')
    expect(text).toContain('BORRADOR — SIN FIRMA')
  })

  it('R-ROL-03 the firm and a branch professional may draft but not sign: 403 and nothing changes', async () => {
    const before = await stored(draft.id)
    const eventsBefore = (await eventsOf(c.id)).length
    for (const user of [world.users.firmA, world.users.professionalBog]) {
      const res = await sign(user, draft.id)
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toMatch(/^R-ROL-03: /)
    }
    const after = await stored(draft.id)
    expect([after.actStatus, after.filename, after.filesize, after.signedBy ?? null]).toEqual([before.actStatus, before.filename, before.filesize, null])
    expect((await eventsOf(c.id)).length).toBe(eventsBefore)
  })

  it('R-ROL-03 the branch manager signs: re-rendered with the name, frozen, filed, and it becomes the notification record\'s copy', async () => {
    const res = await sign(world.users.branchManagerBog, draft.id)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const signed = await stored(draft.id)
    expect([signed.actStatus, signed.signedBy]).toEqual(['FIRMADO', world.users.branchManagerBog.id])
    const { text, bytes } = await readPdf(world.users.professionalBog, signed)
    expect(text).toContain(world.users.branchManagerBog.name)
    expect(text).toContain('Gerente de Sucursal')
    expect(text).not.toContain('BORRADOR')
    expect(text).toContain(plain(pesosInWords(c.lcd!.total!)))
    if (process.env.ACTS_PDF_OUT) writeFileSync(process.env.ACTS_PDF_OUT, bytes)
    const filed = (await eventsOf(c.id)).filter((e) => e.document === draft.id).map((e) => e.summary)
    expect(filed).toEqual(expect.arrayContaining([expect.stringContaining(`firmado por ${world.users.branchManagerBog.name}`)]))
    const { docs } = await payload.find({ collection: SLUGS.notifications, where: { case: { equals: c.id } }, depth: 0, overrideAccess: true })
    expect((docs as Notification[]).map((n) => [n.act, n.document])).toEqual([['LCD', draft.id]])
    // R-COB-08: the case's LCD record points to the signed act, filed once in the case file.
    const linked = (await payload.findByID({ collection: SLUGS.cases, id: c.id, depth: 0, overrideAccess: true })) as Case
    expect(linked.lcd?.document).toBe(draft.id)
    expect((await eventsOf(c.id)).filter((e) => e.summary.startsWith('Documento de la LCD firmada') && e.document === draft.id)).toHaveLength(1)
  })

  it('R-COB-17 a signed act is frozen: no edit, no new file, no deletion, no second signature — not even by the administrator', async () => {
    const before = await stored(draft.id)
    const admin = await clientFor(world.users.admin)
    const edit = await admin.rest('PATCH', `/${SLUGS.documents}/${draft.id}`, { description: 'cambiada' })
    expect(edit.status).toBe(409)
    expect(edit.body.errors[0].message).toMatch(/^R-COB-17: /)
    const removal = await admin.rest('DELETE', `/${SLUGS.documents}/${draft.id}`)
    expect(removal.status).toBe(409)
    const again = await sign(world.users.collectionsManager, draft.id)
    expect(again.status).toBe(409)
    const after = await stored(draft.id)
    expect([after.description, after.filename, after.signedBy, after.actStatus]).toEqual([before.description, before.filename, before.signedBy, 'FIRMADO'])
  })

  it('R-ROL-01 staff of another branch and portal users cannot draft acts of the case; nothing is written', async () => {
    const drafts = async () => (await payload.count({ collection: SLUGS.documents, where: { case: { equals: c.id } }, overrideAccess: true })).totalDocs
    const before = await drafts()
    for (const user of [world.users.professionalMed, world.users.brokerA, world.users.editor]) {
      expect((await generate(user, c.id, 'CITACION')).status).toBe(403)
    }
    expect(await drafts()).toBe(before)
  })

  it('R-COB-04 the citation and the notice of the LCD: five business days to appear; notice up five business days', async () => {
    const citation = await generate(world.users.professionalBog, c.id, 'CITACION')
    expect(citation.status).toBe(201)
    const citationText = (await readPdf(world.users.professionalBog, citation.body.doc)).text
    expect(citationText).toContain(`${world.parties.debtorBog.firstName} ${world.parties.debtorBog.lastName}`.toUpperCase())
    expect(citationText).toContain('cinco (5) días hábiles contados a partir del recibo de esta citación')
    const notice = await generate(world.users.professionalBog, c.id, 'AVISO')
    const noticeText = (await readPdf(world.users.professionalBog, notice.body.doc)).text
    expect(noticeText).toContain('NOTIFICACIÓN POR AVISO')
    expect(noticeText).toContain('cinco (5) días hábiles')
    expect(noticeText).toContain('al finalizar el día siguiente al retiro del aviso')
    expect((await sign(world.users.collectionsManager, citation.body.doc.id)).status).toBe(200)
  })

  it('R-COB-01 a payment order is not drafted before the coactive stage', async () => {
    const res = await generate(world.users.branchManagerBog, c.id, 'MANDAMIENTO')
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/^R-COB-01: /)
  })
})

describe('the payment order and the coactive acts (R-COB-10, R-ROL-05)', () => {
  let c: Case
  let order: Document

  beforeAll(async () => {
    c = await walk('MANDAMIENTO_NOTIFICADO', debtLine(2_000_000, '2026-04-15'))
  })

  it('R-COB-10 the payment order holds §7.3.12: debtor, title, amounts in words and figures, 15 business days, bank account', async () => {
    const res = await generate(world.users.executor, c.id, 'MANDAMIENTO')
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    order = res.body.doc
    const { text } = await readPdf(world.users.executor, order)
    expect(text).toContain(`MANDAMIENTO DE PAGO N.º ${c.paymentOrder!.number}`.toUpperCase())
    expect(text).toContain(`CC ${world.parties.debtorBog.idNumber}`)
    expect(text).toContain(`LCD ${c.title}`)
    expect(text).toContain(plain(pesosInWords(c.lcd!.total!)))
    expect(text).toContain(plain(pesosInWords(c.lcd!.interest!)))
    expect(text).toContain('quince (15) días hábiles siguientes a la notificación')
    expect(text).toContain('Cuenta corriente No. 000-99999-1 del Banco de Bogotá')
    expect(text).toContain('Funcionario Ejecutor')
  })

  it('R-ROL-05 the branch manager (and the firm) cannot sign a payment order: 403, nothing changes; the executor signs', async () => {
    for (const user of [world.users.branchManagerBog, world.users.firmA]) {
      const res = await sign(user, order.id)
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toMatch(/^R-ROL-05: /)
      expect((await stored(order.id)).actStatus).toBe('BORRADOR')
    }
    expect((await sign(world.users.executor, order.id)).status).toBe(200)
    const signed = await stored(order.id)
    expect([signed.actStatus, signed.signedBy]).toEqual(['FIRMADO', world.users.executor.id])
    expect((await readPdf(world.users.executor, signed)).text).toContain(world.users.executor.name)
    const notification = (await payload.find({ collection: SLUGS.notifications, where: { and: [{ case: { equals: c.id } }, { act: { equals: 'MANDAMIENTO_DE_PAGO' } }] }, depth: 0, overrideAccess: true })).docs[0]
    expect(notification?.document).toBe(order.id)
    // R-COB-08: the case's payment order record points to the signed act.
    expect(((await payload.findByID({ collection: SLUGS.cases, id: c.id, depth: 0, overrideAccess: true })) as Case).paymentOrder?.document).toBe(order.id)
  })

  it('R-COB-12 R-COB-16 the decisions on exceptions and appeals and the auction announcement are drafted from the case', async () => {
    const exceptions = await generate(world.users.executor, c.id, 'DECISION_EXCEPCIONES')
    expect((await readPdf(world.users.executor, exceptions.body.doc)).text).toContain('RESOLUCIÓN QUE DECIDE EXCEPCIONES')
    const appeal = await generate(world.users.executor, c.id, 'DECISION_RECURSO')
    expect((await readPdf(world.users.executor, appeal.body.doc)).text).toContain('RECURSO DE REPOSICIÓN')
    const auction = await generate(world.users.executor, c.id, 'AVISO_REMATE')
    const auctionText = (await readPdf(world.users.executor, auction.body.doc)).text
    expect(auctionText).toContain('setenta por ciento (70 %)')
    expect(auctionText).toContain('cuarenta por ciento (40 %)')
  })
})

describe('the default notice (R-COB-02)', () => {
  it('R-COB-02 a persuasive case drafts the default notice with the notice of non-compliance', async () => {
    const c = await walk('CONSTITUIDO_EN_MORA')
    const res = await generate(world.users.professionalBog, c.id, 'CONSTITUCION_EN_MORA')
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const { text } = await readPdf(world.users.professionalBog, res.body.doc)
    expect(text).toContain('CONSTITUCIÓN EN MORA Y AVISO DE INCUMPLIMIENTO')
    expect(text).toContain(dateInWords(String(c.defaultNotice!.arisenOn)))
    expect(text).toContain(plain(pesosInWords(5_500_000)))
    expect((await generate(world.users.professionalBog, c.id, 'LCD')).status).toBe(409)
  })
})
