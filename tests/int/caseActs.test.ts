import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findWorklist } from '@/cases/findWorklist'
import { SLUGS } from '@/constants/slugs'
import type { Case, Document, User } from '@/payload-types'
import { addDays } from '@/seed/dates'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { samplePdf, samplePng } from './helpers/sampleFiles'
import { asUser } from './helpers/asUser'
import { initTestApp } from './helpers/initTestApp'
import { expectRefusal } from './helpers/refusals'
import { walkCase } from './helpers/walkCase'

const { payload } = await initTestApp()
let world: CaseWorld

const update = (id: number, user: User, data: Record<string, unknown>, asOf: string) =>
  payload.update({ collection: SLUGS.cases, id, data: data as any, ...asUser(user, asOf) }) as Promise<Case>
const reload = (id: number) => payload.findByID({ collection: SLUGS.cases, id, depth: 0 }) as Promise<Case>
const d = (value: unknown) => (value ? String(value).slice(0, 10) : null)
const upload = (user: User, bytes: Buffer, name: string, mimetype: string) =>
  payload.create({
    collection: SLUGS.documents,
    data: { category: 'EXPEDIENTE' } as any,
    file: { data: bytes, mimetype, name, size: bytes.length },
    overrideAccess: false,
    user,
    depth: 0,
  }) as Promise<Document>
const eventsOf = async (id: number) =>
  (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: id } }, sort: 'at', limit: 100, depth: 0 })).docs

beforeAll(async () => {
  world = await buildCaseWorld(payload)
})

describe('the signed LCD links its PDF (R-COB-08, R-COB-17)', () => {
  let c: Case
  let pdf: Document

  beforeAll(async () => {
    c = await walkCase(payload, world, { to: 'LCD_EN_PROYECTO', debtLines: [debtLine(4_000_000, '2026-03-16')] })
    pdf = await upload(world.users.professionalBog, samplePdf(), 'lcd-firmada.pdf', 'application/pdf')
  })

  it('R-COB-17 no document is linked to an LCD not yet signed', async () => {
    await expectRefusal(update(c.id, world.users.professionalBog, { lcd: { document: pdf.id } }, '2026-06-01'), 'R-COB-17', 409)
    expect((await reload(c.id)).lcd?.document ?? null).toBeNull()
  })

  it('R-COB-08 once signed, staff in scope link the PDF; it is filed in the case file with the document', async () => {
    await update(c.id, world.users.branchManagerBog, { subState: 'LCD_FIRMADA' }, '2026-06-02')
    const png = await upload(world.users.professionalBog, await samplePng(), 'foto.png', 'image/png')
    await expectRefusal(update(c.id, world.users.professionalBog, { lcd: { document: png.id } }, '2026-06-02'), 'R-COB-08', 400)
    const saved = await update(c.id, world.users.professionalBog, { lcd: { document: pdf.id } }, '2026-06-02')
    expect(saved.lcd?.document).toBe(pdf.id)
    const filed = (await eventsOf(c.id)).find((e) => e.summary.startsWith('Documento de la LCD firmada'))
    expect(filed).toMatchObject({ document: pdf.id, actor: world.users.professionalBog.id })
  })

  it('R-ROL-02 a broker cannot link a document; another branch cannot either; nothing changes', async () => {
    const other = await upload(world.users.brokerA, samplePdf(), 'otro.pdf', 'application/pdf')
    await expect(update(c.id, world.users.brokerA, { lcd: { document: other.id } }, '2026-06-03')).rejects.toThrow()
    await expect(update(c.id, world.users.professionalMed, { lcd: { document: other.id } }, '2026-06-03')).rejects.toThrow()
    expect((await reload(c.id)).lcd?.document).toBe(pdf.id)
  })

  it('R-COB-17 the linked PDF is neither swapped nor removed', async () => {
    const again = await upload(world.users.branchManagerBog, samplePdf(), 'lcd-2.pdf', 'application/pdf')
    await expectRefusal(update(c.id, world.users.branchManagerBog, { lcd: { document: again.id } }, '2026-06-03'), 'R-COB-17', 409)
    await expectRefusal(update(c.id, world.users.branchManagerBog, { lcd: { document: null } }, '2026-06-03'), 'R-COB-17', 409)
  })
})

describe('exceptions declared proven end the proceeding (R-COB-12, R-COB-15)', () => {
  let c: Case
  let filedOn: string

  beforeAll(async () => {
    c = await walkCase(payload, world, {
      to: 'MANDAMIENTO_NOTIFICADO',
      responsible: world.users.executor.id,
      embargo: { description: 'Cuenta corriente Banco X', amount: 6_000_000 },
    })
    filedOn = addDays(d(c.paymentOrder?.notifiedOn)!, 3)
    c = await update(c.id, world.users.executor, { exceptions: [{ ground: 'PRESCRIPCION', filedOn }] }, filedOn)
  })

  const decide = (user: User, decision: Record<string, unknown>, asOf: string) =>
    update(c.id, user, { exceptions: [{ ...c.exceptions![0], ...decision }] }, asOf)

  it('R-ROL-05 only the executor officer decides the exceptions; nothing is written otherwise', async () => {
    await expectRefusal(decide(world.users.branchManagerBog, { decision: 'PROBADA', decidedOn: addDays(filedOn, 10) }, addDays(filedOn, 10)), 'R-ROL-05', 403)
    const unchanged = await reload(c.id)
    expect([unchanged.stage, unchanged.exceptions?.[0]?.decision ?? null]).toEqual(['COACTIVO', null])
  })

  it('R-COB-12 a decision needs its date', async () => {
    await expectRefusal(decide(world.users.executor, { decision: 'PROBADA' }, addDays(filedOn, 10)), 'R-COB-12', 400)
  })

  it('R-COB-15 exceptions declared proven terminate the case, lift the measures and are filed', async () => {
    const decidedOn = addDays(filedOn, 10)
    const ended = await decide(world.users.executor, { decision: 'PROBADA', decidedOn }, decidedOn)
    expect([ended.stage, ended.subState, ended.closure?.terminationCause]).toEqual(['TERMINADO', 'ARCHIVADO', 'DECISION_FAVORABLE'])
    expect(ended.measures?.map((m) => d(m.liftedOn))).toEqual([decidedOn])
    expect(ended.nextDeadline ?? null).toBeNull()
    const summaries = (await eventsOf(c.id)).map((e) => e.summary)
    expect(summaries).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"Prescripción de la acción de cobro" declarada probada'),
        expect.stringContaining('Termina el proceso por excepciones probadas'),
        expect.stringContaining('levantado el'),
      ]),
    )
    await expectRefusal(decide(world.users.executor, { decision: 'NO_PROBADA', decidedOn }, decidedOn), 'R-COB-17', 409)
  })

  it('R-COB-15 a terminated case leaves the worklist and the daily sweep leaves it alone', async () => {
    const req = await createLocalReq({ user: world.users.executor as any }, payload)
    const list = await findWorklist(req, { scope: 'all', limit: 200, page: 1 })
    expect(list.docs.map((row) => row.id)).not.toContain(c.id)
    const before = await reload(c.id)
    const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf: addDays(d(before.updatedAt)!, 30) }, queue: 'sweep' })
    await payload.jobs.runByID({ id: job.id })
    const after = await reload(c.id)
    expect([after.stage, after.updatedAt]).toEqual(['TERMINADO', before.updatedAt])
  })
})
