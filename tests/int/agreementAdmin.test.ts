import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findAgreementWorklist } from '@/agreements/findAgreementWorklist'
import { SLUGS } from '@/constants/slugs'
import type { Agreement, User } from '@/payload-types'
import { idOf } from '@/utilities/idOf'
import { agreementRequestData, openDebtorCase } from './helpers/agreementWorld'
import { buildCaseWorld, type CaseWorld } from './helpers/caseWorld'
import { bankGuaranteeData } from './helpers/guaranteeWorld'
import { anonymous, clientFor } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'

/** Granted on Mon 2 Mar 2026: 300.000 down that day, then 900.000 on 6 Apr (2–3 Apr are holidays), 4 May (2 May is a Saturday) and 2 Jun. */
const GRANTED_ON = '2026-03-02'

const { payload, api } = await initTestApp()
let world: CaseWorld
let granted: Agreement
let requested: Agreement
let requirements: Agreement

const as = (user: User, asOf: string) => ({ overrideAccess: false, user, depth: 0, context: { asOf } }) as const

const summaryOf = async (user: User, id: number, asOf: string) => {
  const client = await clientFor(user)
  return client.rest('GET', `/${SLUGS.agreements}/${id}/summary?asOf=${asOf}`)
}

const worklistOf = async (user: User, asOf: string) => findAgreementWorklist(await createLocalReq({ user }, payload), { asOf })
const ours = () => [granted.id, requested.id, requirements.id]

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  const manager = world.users.branchManagerBog as User
  const professional = world.users.professionalBog as User

  // A 3.000.000 agreement granted by the branch manager (R-ROL-04), then a perfected 2.000.000 policy on its case.
  const { theCase, debtor } = await openDebtorCase(payload, world, 'bog', 3_000_000)
  const a = (await payload.create({
    collection: SLUGS.agreements,
    data: agreementRequestData(theCase.id, { capital: 3_000_000, requestedOn: GRANTED_ON }) as never,
    ...as(professional, GRANTED_ON),
  })) as Agreement
  granted = (await payload.update({ collection: SLUGS.agreements, id: a.id, data: { status: 'APROBADO' }, ...as(manager, GRANTED_ON) })) as Agreement
  // Offered after the grant (no guarantee was required under 10 SMMLV, R-GAR-01): the page shows it short of R-GAR-02's coverage.
  await payload.create({
    collection: SLUGS.guarantees,
    data: bankGuaranteeData(theCase.id, debtor.id, { kind: 'POLIZA_SEGUROS', status: 'PERFECCIONADA', perfectedOn: '2026-02-27', value: 2_000_000 }) as never,
    ...as(professional, GRANTED_ON),
  })
  // The down payment, through the payment workflow (POST /api/agreements/:id/payments).
  const client = await clientFor(professional)
  const res = await client.raw(
    'POST',
    `/${SLUGS.agreements}/${granted.id}/payments`,
    { mean: { kind: 'TRANSFERENCIA', paidOn: GRANTED_ON, amount: 300_000, bankAccount: 'BANCOLOMBIA 123', bankBranch: '001' } },
    { 'Idempotency-Key': `admin-down-${world.tag}` },
  )
  expect(res.status, await res.clone().text()).toBe(201)

  // A request filed on Mon 2 Nov 2026 (analysis due ten business days later) and one whose requirements were asked on 3 Nov.
  const second = await openDebtorCase(payload, world, 'bog')
  requested = (await payload.create({ collection: SLUGS.agreements, data: agreementRequestData(second.theCase.id) as never, ...as(professional, '2026-11-02') })) as Agreement
  const third = await openDebtorCase(payload, world, 'bog')
  const r = (await payload.create({
    collection: SLUGS.agreements,
    data: agreementRequestData(third.theCase.id, { guaranteeClass: 'OTRA' }) as never,
    ...as(professional, '2026-11-02'),
  })) as Agreement
  requirements = (await payload.update({
    collection: SLUGS.agreements,
    id: r.id,
    data: { status: 'REQUISITOS_PENDIENTES', requirementsDays: 10 },
    ...as(manager, '2026-11-03'),
  })) as Agreement
}, 240_000)

describe('GET /api/agreements/:id/summary (the agreement page)', () => {
  it('R-AGR-13 on 7 May: down payment paid, instalments of 6 Apr and 4 May overdue with their interest, 2 Jun pending', async () => {
    const res = await summaryOf(world.users.professionalBog as User, granted.id, '2026-05-07')
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.instalments.map((i: any) => [i.number, i.dueOn, i.amount, i.paidAmount, i.status, i.lateInterest])).toEqual([
      [0, '2026-03-02', 300_000, 300_000, 'PAGADA', 0],
      // 900.000 × 26,76 % / 12 = 20.070 a month: 6 Apr → 7 May is one month and a day (two), 4 May → 7 May one.
      [1, '2026-04-06', 900_000, 0, 'VENCIDA', 40_140],
      [2, '2026-05-04', 900_000, 0, 'VENCIDA', 20_070],
      [3, '2026-06-02', 900_000, 0, 'PENDIENTE', 0],
    ])
    expect(res.body).toMatchObject({
      status: 'APROBADO',
      statusLabel: 'Aprobado / vigente',
      total: 3_000_000,
      paid: 300_000,
      balance: 2_700_000,
      overdue: 1_800_000,
      interestOwed: 60_210,
      interestProblem: null,
      next: { number: 1, dueOn: '2026-04-06', owed: 900_000 },
    })
  })

  it('R-AGR-08 an instalment is pending through its due day (6 Apr) and owes no interest yet', async () => {
    const res = await summaryOf(world.users.branchManagerBog as User, granted.id, '2026-04-06')
    expect(res.body.instalments.map((i: any) => i.status)).toEqual(['PAGADA', 'PENDIENTE', 'PENDIENTE', 'PENDIENTE'])
    expect(res.body).toMatchObject({ overdue: 0, interestOwed: 0 })
  })

  it('R-GAR-02 the guarantees of its case with their coverage of capital + projected interest + costs', async () => {
    const res = await summaryOf(world.users.firmA as User, granted.id, '2026-05-07')
    expect(res.body.guarantees.map((g: any) => [g.kindLabel, g.statusLabel, g.value, g.perfectedOn])).toEqual([
      ['Póliza de seguros', 'Perfeccionada', 2_000_000, '2026-02-27'],
    ])
    // Three months of 3.000.000 × 26,76 % / 12 = 200.700 projected.
    expect(res.body.coverage).toEqual({
      interest: 200_700,
      required: 3_200_700,
      covered: 2_000_000,
      shortfall: 1_200_700,
      perfected: 2_000_000,
      mandatory: false,
      annualRatePercent: '26.76',
    })
  })

  it('R-AGR-06 a request not yet granted has no schedule: what is owed is its total', async () => {
    const res = await summaryOf(world.users.professionalBog as User, requested.id, '2026-11-04')
    expect(res.body).toMatchObject({ status: 'SOLICITADO', granted: false, instalments: [], balance: 2_000_000, interestOwed: 0, next: null })
  })

  it('R-ROL-01/02 anonymous 401; broker, provider, another branch and another firm 403; a bad date 400', async () => {
    expect((await anonymous.rest('GET', `/${SLUGS.agreements}/${granted.id}/summary`)).status).toBe(401)
    for (const user of [world.users.brokerA, world.users.provider, world.users.professionalMed, world.users.firmB]) {
      const res = await summaryOf(user as User, granted.id, '2026-05-07')
      expect(res.status, (user as User).email).toBe(403)
      expect(JSON.stringify(res.body)).not.toContain('"instalments"')
    }
    const ok = await api.login(world.users.firmA.email)
    expect((await ok.rest('GET', `/${SLUGS.agreements}/${granted.id}/summary`)).status).toBe(200)
    expect((await summaryOf(world.users.professionalBog as User, granted.id, '2026-5-7')).status).toBe(400)
  })
})

describe('the agreements in the worklist', () => {
  it('R-AGR-06 requests being decided show their analysis, requirements and perfection terms with their flag', async () => {
    const rows = (await worklistOf(world.users.professionalBog as User, '2026-11-13')).filter((r) => ours().includes(r.agreement))
    const mine = rows.map((r) => [r.agreement, r.kind, r.deadline, r.flag])
    // Filed Mon 2 Nov: ten business days (16 Nov is a holiday) → 17 Nov; requirements asked 3 Nov, ten calendar days → 13 Nov;
    // a guarantee other than real perfected within one month → 3 Dec.
    // The granted agreement's first unpaid instalment (6 Apr) is long overdue, so it comes first.
    expect(mine).toEqual([
      [granted.id, 'instalment', '2026-04-06', 'VENCIDO'],
      [requirements.id, 'requirements', '2026-11-13', 'POR_VENCER'],
      [requested.id, 'analysis', '2026-11-17', 'POR_VENCER'],
      [requirements.id, 'perfection', '2026-12-03', 'EN_TERMINO'],
    ])
    expect(rows[1]).toMatchObject({ title: requirements.title, debtorName: expect.stringContaining('Acuerdo bog'), statusLabel: 'Requisitos pendientes' })
  })

  it('R-AGR-08 a granted agreement shows its first unpaid instalment once it falls due within the week, overdue ones first', async () => {
    const kindsOn = async (asOf: string) =>
      (await worklistOf(world.users.branchManagerBog as User, asOf)).filter((r) => r.agreement === granted.id).map((r) => [r.label, r.deadline, r.flag])
    expect(await kindsOn('2026-03-20')).toEqual([])
    expect(await kindsOn('2026-04-01')).toEqual([['Cuota 1 del acuerdo de pago (R-AGR-08)', '2026-04-06', 'POR_VENCER']])
    expect(await kindsOn('2026-05-07')).toEqual([['Cuota 1 del acuerdo de pago (R-AGR-08)', '2026-04-06', 'VENCIDO']])
  })

  it('R-ROL-01 the rows follow the read scope: the firm of the cases sees them, another firm and another branch none', async () => {
    const firmA = (await worklistOf(world.users.firmA as User, '2026-11-13')).map((r) => r.agreement)
    expect(firmA).toEqual(expect.arrayContaining([requested.id, requirements.id]))
    for (const user of [world.users.firmB, world.users.professionalMed]) {
      expect((await worklistOf(user as User, '2026-11-13')).filter((r) => ours().includes(r.agreement))).toEqual([])
    }
  })

  it('R-COB-03 GET /api/cases/worklist lists them next to the cases, each linking to its agreement by id', async () => {
    const client = await clientFor(world.users.professionalBog as User)
    const res = await client.rest('GET', '/cases/worklist?asOf=2026-11-13')
    expect(res.status).toBe(200)
    const rows = (res.body.agreements as any[]).filter((r) => ours().includes(r.agreement))
    expect(rows.map((r) => [r.agreement, r.kind])).toEqual([
      [granted.id, 'instalment'],
      [requirements.id, 'requirements'],
      [requested.id, 'analysis'],
      [requirements.id, 'perfection'],
    ])
    expect(Array.isArray(res.body.docs)).toBe(true)
  })
})

describe('how the agreement is named, and what a client may not write on it', () => {
  const caseTitleOf = async (agreement: Agreement) =>
    (await payload.findByID({ collection: SLUGS.cases, id: idOf(agreement.case) as number, depth: 0, select: { title: true }, overrideAccess: true })).title

  it('R-AGR-08 its title is its case\'s (debtor ID · name) and its status, not the case id; the instalments carry its number', async () => {
    const grantedCase = await caseTitleOf(granted)
    expect(grantedCase).toMatch(/^\S+ · Acuerdo bog/)
    expect(granted.title).toBe(`${grantedCase} · Aprobado / vigente`)
    expect(requested.title).toBe(`${await caseTitleOf(requested)} · Solicitado`)
    expect(requirements.title).toBe(`${await caseTitleOf(requirements)} · Requisitos pendientes`)
    const { docs } = await payload.find({ collection: SLUGS.agreementInstalments, where: { agreement: { equals: granted.id } }, sort: 'number', depth: 0, overrideAccess: true })
    expect(docs.map((i) => i.label)).toEqual([0, 1, 2, 3].map((n) => `Acuerdo No. ${granted.id} · cuota ${n}`))
  })

  it('R-ROL-01 the server-managed fields drop what a client sends over REST (create and update); the hooks\' values stay', async () => {
    const managed = (a: Agreement) => ({
      title: a.title,
      capital: a.capital,
      total: a.total,
      outstanding: a.outstanding,
      approvedBy: a.approvedBy ?? null,
      approvedOn: a.approvedOn ?? null,
      analysisDueOn: a.analysisDueOn ? String(a.analysisDueOn).slice(0, 10) : null,
      extensionsGranted: a.extensionsGranted,
      demandOn: a.demandOn ?? null,
    })
    const forged = {
      title: 'Título inventado',
      capital: 1,
      total: 1,
      outstanding: 1,
      approvedBy: world.users.branchManagerBog.id,
      approvedOn: '2026-01-05T12:00:00.000Z',
      analysisDueOn: '2030-01-02T12:00:00.000Z',
      extensionsGranted: 4,
      demandOn: '2026-01-05T12:00:00.000Z',
    }
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    const professional = await clientFor(world.users.professionalBog as User)
    const created = await professional.rest('POST', `/${SLUGS.agreements}`, { ...agreementRequestData(theCase.id), ...forged })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const fresh = await payload.findByID({ collection: SLUGS.agreements, id: created.body.doc.id, depth: 0, overrideAccess: true })
    expect(managed(fresh)).toMatchObject({
      title: `${theCase.title} · Solicitado`,
      capital: 2_000_000,
      total: 2_000_000,
      outstanding: 2_000_000,
      approvedBy: null,
      approvedOn: null,
      extensionsGranted: 0,
      demandOn: null,
    })
    expect(managed(fresh).analysisDueOn).not.toBe('2030-01-02')

    const before = await payload.findByID({ collection: SLUGS.agreements, id: granted.id, depth: 0, overrideAccess: true })
    const manager = await clientFor(world.users.branchManagerBog as User)
    const patched = await manager.rest('PATCH', `/${SLUGS.agreements}/${granted.id}`, forged)
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    const after = await payload.findByID({ collection: SLUGS.agreements, id: granted.id, depth: 0, overrideAccess: true })
    expect(managed(after)).toEqual(managed(before))
    expect(after.outstanding).toBe(2_700_000)
  })
})
