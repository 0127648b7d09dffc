import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Agreement, Case, User } from '@/payload-types'
import { agreementRequestData, openDebtorCase } from './helpers/agreementWorld'
import { buildCaseWorld, type CaseWorld } from './helpers/caseWorld'
import { countRows } from './helpers/fixtures'
import { bdmeReportData } from './helpers/guaranteeWorld'
import { expectLocalDenied, expectLocalRule, expectRestRule } from './helpers/refusals'
import { clientFor } from './helpers/sessions'
import { initTestApp } from './helpers/initTestApp'

/** SMMLV 2026 (Decreto 1469 de 2025, ratified by Decreto 0159 de 2026), as the settings hold it. */
const SMMLV = 1_750_905
const TODAY = '2026-11-03'

let world: CaseWorld

const as = (user: User) => ({ overrideAccess: false, user, depth: 0, context: { asOf: TODAY } }) as const
const request = (user: User, caseId: number, overrides: Record<string, unknown> = {}) =>
  payload.create({ collection: SLUGS.agreements, data: agreementRequestData(caseId, overrides) as never, ...as(user) }) as Promise<Agreement>
const setStatus = (user: User, id: number, data: Record<string, unknown>) =>
  payload.update({ collection: SLUGS.agreements, id, data: data as never, ...as(user) }) as Promise<Agreement>
const agreementsOf = (caseId: number) => countRows(payload, SLUGS.agreements, { case: { equals: caseId } })
const instalmentsOf = (agreementId: number) => countRows(payload, SLUGS.agreementInstalments, { agreement: { equals: agreementId } })
const eventsOf = async (caseId: number) =>
  (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: caseId } }, sort: 'createdAt', limit: 0, pagination: false, depth: 0 })).docs.map(
    (e) => e.summary,
  )
const caseOf = (id: number) => payload.findByID({ collection: SLUGS.cases, id, depth: 0 }) as Promise<Case>

/** Fixture: a case moved straight to the coactive stage (the walk through every stage is caseWalk.test.ts). */
const coactiveCase = async (side: 'bog' | 'med', capital?: number) => {
  const { theCase } = await openDebtorCase(payload, world, side, capital)
  return (await payload.update({
    collection: SLUGS.cases,
    id: theCase.id,
    data: { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' } as never,
    context: { deadlinesOnly: true },
    overrideAccess: true,
    depth: 0,
  })) as Case
}

const { payload } = await initTestApp()

beforeAll(async () => {
  world = await buildCaseWorld(payload)
})

describe('the written request is refused with a clear error and nothing written', () => {
  it('R-AGR-01 a request without its reasons is refused over REST (400) and not stored', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    const client = await clientFor(world.users.professionalBog)
    const res = await client.rest('POST', `/${SLUGS.agreements}`, agreementRequestData(theCase.id, { reasons: '' }))
    expectRestRule(res, 400, 'R-AGR-01')
    expect(res.body.errors[0].message).toContain('los motivos que justifican la solicitud')
    expect(await agreementsOf(theCase.id)).toBe(0)
  })

  it('R-AGR-03 a 9% down payment is refused (Local API and REST); nothing written', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    await expectLocalRule(request(world.users.professionalBog, theCase.id, { capital: 10_000_000, downPayment: 900_000 }), 400, 'R-AGR-03')
    const client = await clientFor(world.users.branchManagerBog)
    // A refusal about one field comes back as a field error (the admin shows it on the field).
    const res = await client.rest('POST', `/${SLUGS.agreements}`, agreementRequestData(theCase.id, { capital: 10_000_000, downPayment: 900_000 }))
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.message).toBe('R-AGR-03: El abono inicial debe ser de al menos el 10 % de la deuda total: mínimo $ 1.000.000.')
    expect(await agreementsOf(theCase.id)).toBe(0)
    const ok = await request(world.users.professionalBog, theCase.id, { capital: 10_000_000, downPayment: 1_000_000, termMonths: 8 })
    expect(ok).toMatchObject({ status: 'SOLICITADO', capital: 10_000_000, total: 10_000_000, branch: world.branches.bog.id, assignedFirm: world.users.firmA.id })
  })

  it('R-AGR-05 13 months over 20 SMMLV of 2026 is refused; 12 months is accepted', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog', 20 * SMMLV + 1)
    const overTwenty = { capital: 20 * SMMLV + 1 }
    await expectLocalRule(request(world.users.professionalBog, theCase.id, { ...overTwenty, termMonths: 13 }), 400, 'R-AGR-05')
    expect(await agreementsOf(theCase.id)).toBe(0)
    expect(await request(world.users.professionalBog, theCase.id, { ...overTwenty, termMonths: 12 })).toMatchObject({ termMonths: 12 })
  })

  it('R-AGR-05 exactly 20 SMMLV allows 8 months, not 9', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog', 20 * SMMLV)
    await expectLocalRule(request(world.users.professionalBog, theCase.id, { capital: 20 * SMMLV, termMonths: 9 }), 400, 'R-AGR-05')
    expect(await request(world.users.professionalBog, theCase.id, { capital: 20 * SMMLV, termMonths: 8 })).toMatchObject({ termMonths: 8 })
  })

  it('R-AGR-04 a second agreement for the same debt is refused (409); another obligation is not the same debt', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    await request(world.users.professionalBog, theCase.id)
    await expectLocalRule(request(world.users.branchManagerBog, theCase.id), 409, 'R-AGR-04')
    expect(await agreementsOf(theCase.id)).toBe(1)
    await request(world.users.professionalBog, theCase.id, { period: '2026-05' })
    expect(await agreementsOf(theCase.id)).toBe(2)
  })

  it('R-AGR-02 a debtor with a report in force in the BDME register gets no agreement (409); nothing written', async () => {
    const { debtor, theCase } = await openDebtorCase(payload, world, 'bog')
    await payload.create({ collection: SLUGS.bdmeEntries, data: bdmeReportData(debtor.id, { reportedOn: '2026-10-01' }) as never, overrideAccess: true })
    await expectLocalRule(request(world.users.professionalBog, theCase.id), 409, 'R-AGR-02')
    expect(await agreementsOf(theCase.id)).toBe(0)
  })

  it('R-AGR-02 nor a third party on the BDME who asks for the debtor', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    const { debtor: third } = await openDebtorCase(payload, world, 'bog')
    await payload.create({ collection: SLUGS.bdmeEntries, data: bdmeReportData(third.id, { reportedOn: '2026-10-01' }) as never, overrideAccess: true })
    const byThird = { requesterKind: 'TERCERO', thirdParty: third.id, thirdPartyJointlyLiable: true }
    await expectLocalRule(request(world.users.professionalBog, theCase.id, byThird), 409, 'R-AGR-02')
    expect(await agreementsOf(theCase.id)).toBe(0)
  })

  it('R-ROL-01 a firm cannot ask on a case assigned to another firm; a broker cannot ask at all', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    await expectLocalRule(request(world.users.firmB, theCase.id), 403, 'R-ROL-01')
    await expectLocalDenied(request(world.users.brokerA, theCase.id))
    expect(await agreementsOf(theCase.id)).toBe(0)
    expect(await request(world.users.firmA, theCase.id)).toMatchObject({ status: 'SOLICITADO' })
  })
})

describe('analysis (R-AGR-06)', () => {
  it('R-AGR-06 the analysis term is ten business days; requirements get at most ten calendar days', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    const a = await request(world.users.professionalBog, theCase.id, { requestedOn: '2026-10-30', guaranteeClass: 'REAL' })
    expect(String(a.analysisDueOn).slice(0, 10)).toBe('2026-11-17')
    await expectLocalRule(setStatus(world.users.professionalBog, a.id, { status: 'REQUISITOS_PENDIENTES', requirementsDays: 11 }), 400, 'R-AGR-06')
    const pending = await setStatus(world.users.professionalBog, a.id, { status: 'REQUISITOS_PENDIENTES', requirementsDays: 10 })
    expect(String(pending.requirementsDueOn).slice(0, 10)).toBe('2026-11-13')
    expect(String(pending.perfectionDueOn).slice(0, 10)).toBe('2027-02-03')
  })

  it('R-AGR-06 a rejection needs its reasons; with them it is recorded in the case file', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    const a = await request(world.users.professionalBog, theCase.id)
    await expectLocalRule(setStatus(world.users.branchManagerBog, a.id, { status: 'RECHAZADO' }), 400, 'R-AGR-06')
    expect((await payload.findByID({ collection: SLUGS.agreements, id: a.id })).status).toBe('SOLICITADO')
    await setStatus(world.users.branchManagerBog, a.id, { status: 'RECHAZADO', rejectionReasons: 'No demuestra capacidad de pago.' })
    expect((await eventsOf(theCase.id)).some((s) => s.includes('Razones: No demuestra capacidad de pago.'))).toBe(true)
  })
})

describe('approval (R-ROL-04, R-AGR-08, R-COB-15, R-COB-17)', () => {
  it('R-ROL-04 a branch manager approving in coactive is refused (403); nothing written', async () => {
    const theCase = await coactiveCase('bog')
    const a = await request(world.users.executor, theCase.id, { termMonths: 3 })
    const eventsBefore = (await eventsOf(theCase.id)).length
    await expectLocalRule(setStatus(world.users.branchManagerBog, a.id, { status: 'APROBADO' }), 403, 'R-ROL-04')
    expect((await payload.findByID({ collection: SLUGS.agreements, id: a.id })).status).toBe('SOLICITADO')
    expect(await instalmentsOf(a.id)).toBe(0)
    expect((await caseOf(theCase.id)).stage).toBe('COACTIVO')
    expect((await eventsOf(theCase.id)).length).toBe(eventsBefore)
  })

  it('R-ROL-04 the executor officer approves in coactive: schedule written, case suspended, case file entries', async () => {
    const theCase = await coactiveCase('bog')
    const a = await request(world.users.executor, theCase.id, { capital: 3_000_000, interest: 200_000, costs: 100_000, downPayment: 330_000, termMonths: 3 })
    const approved = await setStatus(world.users.executor, a.id, { status: 'APROBADO' })
    expect(approved).toMatchObject({ status: 'APROBADO', approvedBy: world.users.executor.id })
    const { docs } = await payload.find({ collection: SLUGS.agreementInstalments, where: { agreement: { equals: a.id } }, sort: 'number', depth: 0 })
    // Granted on Tue 3 Nov 2026: down payment that day, then 3 Dec, Sun 3 Jan 2027 → Mon 4 Jan, 3 Feb.
    expect(docs.map((i) => [i.number, String(i.dueOn).slice(0, 10), i.amount])).toEqual([
      [0, '2026-11-03', 330_000],
      [1, '2026-12-03', 990_000],
      [2, '2027-01-04', 990_000],
      [3, '2027-02-03', 990_000],
    ])
    expect(docs[0]!.pays).toBe('Costas · Intereses · 2026-04 APORTES_EN_MORA')
    expect(docs.every((i) => i.branch === world.branches.bog.id && i.assignedFirm === world.users.firmA.id)).toBe(true)
    const suspended = await caseOf(theCase.id)
    expect(suspended).toMatchObject({ stage: 'SUSPENDIDO', closure: { suspensionReason: 'ACUERDO_DE_PAGO' }, pausedAt: { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' } })
    const events = await eventsOf(theCase.id)
    expect(events.some((s) => s.startsWith(`Solicitud de acuerdo de pago (${a.id})`))).toBe(true)
    expect(events.some((s) => s.startsWith(`Acuerdo de pago ${a.id} concedido`))).toBe(true)
  })

  it('R-ROL-04 before coactive the legal manager approves (a professional may not); the case is suspended', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'med')
    const a = await request(world.users.professionalMed, theCase.id)
    await expectLocalRule(setStatus(world.users.professionalMed, a.id, { status: 'APROBADO' }), 403, 'R-ROL-04')
    await setStatus(world.users.legal, a.id, { status: 'APROBADO' })
    expect(await instalmentsOf(a.id)).toBe(4)
    expect(await caseOf(theCase.id)).toMatchObject({ stage: 'SUSPENDIDO', pausedAt: { stage: 'PERSUASIVO' } })
  })

  it('R-AGR-08 a granted agreement keeps the terms its schedule was built from', async () => {
    const { theCase } = await openDebtorCase(payload, world, 'bog')
    const a = await request(world.users.professionalBog, theCase.id)
    await setStatus(world.users.branchManagerBog, a.id, { status: 'APROBADO' })
    await expectLocalRule(setStatus(world.users.branchManagerBog, a.id, { termMonths: 2 }), 409, 'R-AGR-08')
  })

  it('R-AGR-08 instalments due this week in my scope: one query, each user sees only its scope', async () => {
    const week = { and: [{ dueOn: { greater_than_equal: '2026-11-02T00:00:00.000Z' } }, { dueOn: { less_than: '2026-11-09T00:00:00.000Z' } }] }
    const seen = async (user: User) =>
      (await payload.find({ collection: SLUGS.agreementInstalments, where: week, limit: 0, pagination: false, ...as(user) })).docs
    const firmA = await seen(world.users.firmA)
    expect(firmA.length).toBeGreaterThan(0)
    expect(firmA.every((i) => i.assignedFirm === world.users.firmA.id)).toBe(true)
    expect((await seen(world.users.professionalMed)).every((i) => i.branch === world.branches.med.id)).toBe(true)
    // A broker has no rows here: an empty list (R-ROL-02), never another's instalments.
    expect(await seen(world.users.brokerA)).toEqual([])
  })
})
