import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findWorklist } from '@/cases/findWorklist'
import { SLUGS } from '@/constants/slugs'
import type { Case } from '@/payload-types'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: CaseWorld
const cases: Record<string, Case> = {}

const open = async (key: string, dueDate: string, responsible?: number) => {
  const c = (await payload.create({
    collection: SLUGS.cases,
    data: { debtor: world.parties.debtorBog.id, debtLines: [debtLine(3_000_000, dueDate)] } as any,
    overrideAccess: false,
    user: world.users.professionalBog,
    depth: 0,
  })) as Case
  // R-ROL-01: the branch manager assigns the responsible, not the professional who opens the case.
  cases[key] = responsible
    ? ((await payload.update({ collection: SLUGS.cases, id: c.id, data: { responsible } as any, overrideAccess: false, user: world.users.branchManagerBog, depth: 0 })) as Case)
    : c
  return cases[key]
}

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  const me = world.users.professionalBog.id
  // Persuasive cases: the next term is the LCD limit, six months after the due date.
  await open('september', '2026-03-10', me)
  await open('december', '2026-06-01', me)
  await open('july', '2026-01-05', me)
  await open('unassigned', '2026-02-02')
})

describe('GET /api/cases/worklist', () => {
  it('R-COB-03 lists my open cases by nearest legal deadline, overdue first, with their flag', async () => {
    const me = await api.login(world.users.professionalBog.email)
    const res = await me.rest('GET', '/cases/worklist?asOf=2026-11-30')
    expect(res.status).toBe(200)
    expect(res.body.docs.map((c: any) => [c.id, c.nextDeadline, c.flag])).toEqual([
      [cases.july!.id, '2026-07-05', 'VENCIDO'],
      [cases.september!.id, '2026-09-10', 'VENCIDO'],
      [cases.december!.id, '2026-12-01', 'POR_VENCER'],
    ])
    expect(res.body.docs[0].nextDeadlineLabel).toBe('Expedir la LCD (R-COB-03)')
  })

  it('R-ROL-01 an external firm gets the cases assigned to it; another firm gets none of them', async () => {
    const firmA = await api.login(world.users.firmA.email)
    const ids = (await firmA.rest('GET', '/cases/worklist?limit=200')).body.docs.map((c: any) => c.id)
    expect(ids).toEqual(expect.arrayContaining(Object.values(cases).map((c) => c.id)))
    const firmB = await api.login(world.users.firmB.email)
    const other = (await firmB.rest('GET', '/cases/worklist?limit=200')).body.docs.map((c: any) => c.id)
    expect(other.filter((id: number) => Object.values(cases).some((c) => c.id === id))).toEqual([])
  })

  it('R-ROL-01 scope=all shows every case the role may read, still never another branch', async () => {
    const med = await api.login(world.users.professionalMed.email)
    const ids = (await med.rest('GET', '/cases/worklist?scope=all&limit=200')).body.docs.map((c: any) => c.id)
    expect(ids.filter((id: number) => Object.values(cases).some((c) => c.id === id))).toEqual([])
    const manager = await api.login(world.users.branchManagerBog.email)
    const all = (await manager.rest('GET', '/cases/worklist?scope=all&limit=200&asOf=2026-11-30')).body.docs
    expect(all.map((c: any) => c.id)).toEqual(expect.arrayContaining([cases.unassigned!.id]))
    const dates = all.map((c: any) => c.nextDeadline ?? '9999')
    expect([...dates].sort()).toEqual(dates)
  })

  it('R-ROL-02 brokers are refused, anonymous callers must sign in, bad parameters are a 400', async () => {
    const broker = await api.login(world.users.brokerA.email)
    expect((await broker.rest('GET', '/cases/worklist')).status).toBe(403)
    expect((await api.anonymous.rest('GET', '/cases/worklist')).status).toBe(401)
    const me = await api.login(world.users.professionalBog.email)
    const bad = await me.rest('GET', '/cases/worklist?limit=5000')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('limit')
  })
})

describe('findWorklist (the query behind the endpoint and the admin view "Mi lista de trabajo")', () => {
  const listFor = async (user: any, query: Partial<Parameters<typeof findWorklist>[1]> = {}) =>
    findWorklist(await createLocalReq({ user }, payload), { scope: 'mine', limit: 200, page: 1, ...query })

  it('R-COB-03 puts overdue cases first, then those due soon, with the term and its flag as of the date asked', async () => {
    const list = await listFor(world.users.professionalBog, { asOf: '2026-11-30' })
    expect(list.asOf).toBe('2026-11-30')
    expect(list.docs.map((c) => [c.id, c.flag])).toEqual([
      [cases.july!.id, 'VENCIDO'],
      [cases.september!.id, 'VENCIDO'],
      [cases.december!.id, 'POR_VENCER'],
    ])
    expect(list.docs[0]).toMatchObject({ stage: 'PERSUASIVO', subState: 'GESTION_PERSUASIVA', nextDeadlineLabel: 'Expedir la LCD (R-COB-03)' })
    expect(list.docs[0]!.debtorName).toBeTruthy()
  })

  it('R-ROL-01 a firm sees only the cases assigned to it, even asking for all it may see; other branches see none', async () => {
    const ours = Object.values(cases).map((c) => c.id)
    const firmA = await listFor(world.users.firmA, { scope: 'all' })
    expect(firmA.docs.map((c) => c.id)).toEqual(expect.arrayContaining(ours))
    expect(firmA.docs.every((c) => c.assignedFirm === world.users.firmA.id)).toBe(true)
    const firmB = await listFor(world.users.firmB, { scope: 'all' })
    expect(firmB.docs.filter((c) => ours.includes(c.id))).toEqual([])
    const med = await listFor(world.users.professionalMed, { scope: 'all' })
    expect(med.docs.filter((c) => ours.includes(c.id))).toEqual([])
  })

  it('R-COB-01 the stage filter keeps only that stage', async () => {
    expect((await listFor(world.users.firmA, { stage: 'PREJURIDICO' })).docs.filter((c) => c.stage !== 'PREJURIDICO')).toEqual([])
    expect((await listFor(world.users.firmA, { stage: 'PERSUASIVO' })).totalDocs).toBeGreaterThanOrEqual(4)
  })
})

describe('the deadline alert is the same in every view, as of today (issue 14)', () => {
  it('R-COB-03 a case whose stored flag waits for the next sweep shows "Vencido" in the Expedientes list, as the worklist does', async () => {
    const stale = await open('stale', '2026-01-05', world.users.professionalBog.id)
    // The LCD limit (5 Jul 2026) is past; the stored flag is put back to "En término", as a sweep would have left it months ago.
    await payload.db.updateOne({ collection: SLUGS.cases, id: stale.id, data: { deadlineFlag: 'EN_TERMINO' } })
    const stored = await payload.db.findOne<Case>({ collection: SLUGS.cases, where: { id: { equals: stale.id } } })
    expect(stored!.deadlineFlag).toBe('EN_TERMINO')

    // The admin list reads the collection like REST does: the branch manager's list row carries today's alert.
    const manager = await api.login(world.users.branchManagerBog.email)
    const list = await manager.rest('GET', `/cases?depth=0&where[id][equals]=${stale.id}`)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((c: any) => c.deadlineFlag)).toEqual(['VENCIDO'])
    const page = await payload.findByID({ collection: SLUGS.cases, id: stale.id, depth: 0, overrideAccess: false, user: world.users.professionalBog })
    expect(page.deadlineFlag).toBe('VENCIDO')
    const worklist = await findWorklist(await createLocalReq({ user: world.users.professionalBog as any }, payload), { scope: 'mine', limit: 200, page: 1 })
    expect(worklist.docs.find((c) => c.id === stale.id)?.flag).toBe('VENCIDO')
    // Read as of a day before the limit, the same case is in term: the alert follows the reading day, not the stored flag.
    const earlier = await payload.findByID({ collection: SLUGS.cases, id: stale.id, depth: 0, context: { asOf: '2026-05-01' } })
    expect(earlier.deadlineFlag).toBe('EN_TERMINO')
  })
})
