import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ROLE_OPTIONS } from '@/auth/roles'
import { findWorklist } from '@/cases/findWorklist'
import { SLUGS } from '@/constants/slugs'
import type { Party, Policy } from '@/payload-types'
import { bogotaDateOf } from '@/rules/calendar'
import { isoDateToEpochDay } from '@/rules/calendar/isoDate'
import { nitCheckDigit } from '@/rules/identification'
import { isVehicleLine } from '@/rules/linesOfBusiness'
import { normalizePlate } from '@/rules/vehiclePlate'
import {
  DEMO_BRANCH_CODES,
  DEMO_CLAVES,
  DEMO_MINIMUM_WAGES,
  DEMO_PASSWORD,
  DEMO_USERS,
  seedDemoData,
} from '@/seed'
import { buildDemoCasePlan } from '@/seed/casePlan'
import { findAgreementWorklist } from '@/agreements/findAgreementWorklist'
import { loadAssignmentRules } from '@/assignment/loadAssignmentRules'
import { loadOpenDebts } from '@/assignment/loadOpenDebts'
import { qualifies } from '@/rules/assignment/proposeAssignments'
import { seedDemoAgreements } from '@/seed/demoAgreements'
import { DEMO_UNASSIGNED_CASES, seedDemoAssignment } from '@/seed/demoAssignment'
import { seedDemoCases } from '@/seed/demoCases'
import { seedDemoGuarantees } from '@/seed/demoGuarantees'
import { seedDemoLegalizations } from '@/seed/demoLegalizations'
import { initTestApp } from './helpers/initTestApp'

// Other test files leave their own tagged data in this database: count only the seed's.
const { payload } = await initTestApp()
let branchIds: number[]
let parties: Party[]
let policies: Policy[]
let firstRun: Awaited<ReturnType<typeof snapshot>>
let secondRun: Awaited<ReturnType<typeof snapshot>>
let firstSeedMs: number
let afterFailedSeed: Awaited<ReturnType<typeof snapshot>>
let failedSeedError: unknown

const all = { depth: 0, pagination: false, overrideAccess: true } as const

/** What the seed wrote: counts plus the latest update of each kind, to see that a rerun changes nothing. */
const snapshot = async () => {
  const branches = await payload.find({ collection: SLUGS.branches, where: { code: { in: DEMO_BRANCH_CODES } }, ...all })
  const ids = branches.docs.map((b) => b.id)
  const users = await payload.find({ collection: SLUGS.users, where: { email: { in: DEMO_USERS.map((u) => u.email) } }, ...all })
  const seedParties = await payload.find({ collection: SLUGS.parties, where: { branch: { in: ids } }, ...all })
  const seedPolicies = await payload.find({ collection: SLUGS.policies, where: { branch: { in: ids } }, ...all })
  const settings = await payload.findGlobal({ slug: SLUGS.settings, depth: 0, overrideAccess: true })
  const latest = (docs: { updatedAt?: string | null }[]) => docs.map((d) => d.updatedAt ?? '').sort().at(-1)
  return {
    branches: branches.totalDocs,
    users: users.totalDocs,
    parties: seedParties.totalDocs,
    policies: seedPolicies.totalDocs,
    lastUpdated: {
      branches: latest(branches.docs),
      users: latest(users.docs),
      parties: latest(seedParties.docs),
      policies: latest(seedPolicies.docs),
      settings: settings.updatedAt,
    },
  }
}

const todayInBogota = () => bogotaDateOf(new Date())
const daysPastDue = (policy: Policy) =>
  isoDateToEpochDay(todayInBogota()) - isoDateToEpochDay(bogotaDateOf(new Date(policy.paymentDueDate)))

const BUCKETS = [
  { label: '1–45', min: 1, max: 45 },
  { label: '46–60', min: 46, max: 60 },
  { label: '61–75', min: 61, max: 75 },
  { label: '76–89', min: 76, max: 89 },
  { label: '90+', min: 90, max: Number.POSITIVE_INFINITY },
] as const
const bucketOf = (days: number) => BUCKETS.find((b) => days >= b.min && days <= b.max)?.label

/** Runs the seed with its 100th policy made invalid (a decimal premium), to prove all-or-nothing. */
const seedThatFailsHalfWay = async () => {
  const create = payload.create.bind(payload)
  let policiesSeen = 0
  payload.create = ((args: Parameters<Payload['create']>[0]) => {
    if (args.collection === SLUGS.policies && ++policiesSeen === 100) {
      return create({ ...args, data: { ...args.data, premium: 1_000_000.5 } } as typeof args)
    }
    return create(args)
  }) as Payload['create']
  try {
    await seedDemoData(payload)
  } catch (error) {
    failedSeedError = error
  } finally {
    payload.create = create
  }
}

beforeAll(async () => {
  await seedThatFailsHalfWay()
  afterFailedSeed = await snapshot()

  const started = Date.now()
  await seedDemoData(payload)
  firstSeedMs = Date.now() - started
  firstRun = await snapshot()
  await seedDemoData(payload)
  secondRun = await snapshot()

  const branches = await payload.find({ collection: SLUGS.branches, where: { code: { in: DEMO_BRANCH_CODES } }, ...all })
  branchIds = branches.docs.map((b) => b.id)
  parties = (await payload.find({ collection: SLUGS.parties, where: { branch: { in: branchIds } }, ...all })).docs
  policies = (await payload.find({ collection: SLUGS.policies, where: { branch: { in: branchIds } }, ...all })).docs
}, 240_000) // three seeds (one failing) on a shared 2-core machine

describe('seed: demo data', () => {
  it('SEED-00 a failure half-way leaves nothing behind (one transaction)', () => {
    expect(String(failedSeedError)).toMatch(/R-MON-01|premium|Prima/)
    expect(afterFailedSeed).toMatchObject({ branches: 0, users: 0, parties: 0, policies: 0 })
  })

  it('SEED-01 seeds branches, one user per demo e-mail, ~240 parties and ~420 policies, in under a minute', () => {
    expect(firstRun.branches).toBe(2)
    expect(firstRun.users).toBe(DEMO_USERS.length)
    expect(firstRun.parties).toBeGreaterThanOrEqual(220)
    expect(firstRun.parties).toBeLessThanOrEqual(260)
    expect(firstRun.policies).toBeGreaterThanOrEqual(400)
    expect(firstRun.policies).toBeLessThanOrEqual(440)
    expect(firstSeedMs).toBeLessThan(60_000)
  })

  it('SEED-02 is idempotent: a second run neither duplicates nor changes anything', () => {
    expect(secondRun).toEqual(firstRun)
  })

  it('SEED-03 every role has a demo user who can log in with the demo password', async () => {
    for (const { value: role } of ROLE_OPTIONS) {
      const demoUsers = DEMO_USERS.filter((u) => u.role === role)
      expect(demoUsers.length, `rol ${role}`).toBeGreaterThan(0)
      for (const { email } of demoUsers) {
        const result = await payload.login({ collection: SLUGS.users, data: { email, password: DEMO_PASSWORD } })
        expect(result.token, email).toBeTruthy()
        expect(result.user?.role).toBe(role)
      }
    }
  })

  it('SEED-04 unpaid policies fall in every arrears bucket, for both demo brokers too', () => {
    const unpaid = policies.filter((p) => p.paymentStatus !== 'PAGADA')
    const count = (docs: Policy[]) => {
      const counts: Record<string, number> = {}
      for (const p of docs) {
        const bucket = bucketOf(daysPastDue(p))
        if (bucket) counts[bucket] = (counts[bucket] ?? 0) + 1
      }
      return counts
    }
    const overall = count(unpaid)
    for (const { label } of BUCKETS) expect(overall[label] ?? 0, `tramo ${label}`).toBeGreaterThanOrEqual(5)
    expect(unpaid.filter((p) => daysPastDue(p) > 180).length).toBeGreaterThanOrEqual(3)
    expect(unpaid.filter((p) => daysPastDue(p) <= 0).length, 'pendientes aún no vencidas').toBeGreaterThan(0)
    for (const clave of [DEMO_CLAVES.broker90833[0], DEMO_CLAVES.broker71245[0]]) {
      expect(Object.keys(count(unpaid.filter((p) => p.clave === clave))).length, `clave ${clave}`).toBeGreaterThanOrEqual(3)
    }
  })

  it('SEED-05 every NIT carries its DIAN check digit; identifications are unique', () => {
    const nits = parties.filter((p) => p.idType === 'NIT')
    expect(nits.length).toBeGreaterThan(0)
    for (const party of nits) expect(party.checkDigit, party.idNumber).toBe(nitCheckDigit(party.idNumber))
    expect(new Set(parties.map((p) => `${p.idType}:${p.idNumber}`)).size).toBe(parties.length)
  })

  it('SEED-06 every vehicle-line policy has a valid plate and every line of business is present', () => {
    for (const policy of policies) {
      if (isVehicleLine(policy.lineOfBusiness)) expect(normalizePlate(policy.plate ?? ''), policy.number).toBe(policy.plate)
      else expect(policy.plate ?? null, policy.number).toBeNull()
    }
    expect(new Set(policies.map((p) => p.lineOfBusiness)).size).toBe(11)
  })

  it('SEED-07 money is whole pesos: premium + 19 % IVA = total, paid never above it', () => {
    for (const p of policies) {
      for (const value of [p.premium, p.totalDue, p.amountPaid]) expect(Number.isSafeInteger(value), p.number).toBe(true)
      expect(p.totalDue).toBe(p.premium + Math.round((p.premium * 19) / 100))
      expect(p.amountPaid!).toBeLessThanOrEqual(p.totalDue)
      if (p.paymentStatus === 'PAGADA') expect(p.amountPaid).toBe(p.totalDue)
      if (p.paymentStatus === 'PENDIENTE') expect(p.amountPaid).toBe(0)
      if (p.paymentStatus === 'PARCIAL') expect(p.amountPaid!).toBeGreaterThan(0)
      if (p.status === 'CANCELADA') expect(new Date(p.cancelledAt!).getTime()).toBeGreaterThan(new Date(p.coverStart).getTime())
    }
  })

  it('R-CAR-04 collective policies carry 2 to 6 certificates, some paid and some not; individual ones the certificate 0', () => {
    const group = policies.filter((p) => p.type === 'COLECTIVA')
    expect(group.length).toBeGreaterThan(0)
    for (const p of policies) {
      const certificates = p.certificates ?? []
      if (p.type === 'COLECTIVA') expect(certificates.length, p.number).toBeGreaterThanOrEqual(2)
      if (p.type === 'COLECTIVA') expect(certificates.length, p.number).toBeLessThanOrEqual(6)
      else expect(certificates.map((c) => c.number), p.number).toEqual(['0'])
      expect(certificates.reduce((s, c) => s + c.amountDue, 0), p.number).toBe(p.totalDue)
      expect(certificates.reduce((s, c) => s + (c.amountPaid ?? 0), 0), p.number).toBe(p.amountPaid)
      const unpaid = certificates.filter((c) => (c.amountPaid ?? 0) < c.amountDue).map((c) => new Date(c.dueDate).getTime())
      if (unpaid.length > 0) expect(Math.min(...unpaid), p.number).toBe(new Date(p.paymentDueDate).getTime())
    }
    const mixed = group.filter((p) => p.certificates!.some((c) => c.status === 'PAGADO') && p.certificates!.some((c) => c.status !== 'PAGADO'))
    expect(mixed.length).toBeGreaterThan(0)
  })

  it("SEED-08 each party's claves are the sorted claves of its policies", () => {
    const expected = new Map<number, Set<string>>()
    for (const p of policies) {
      const holder = p.holder as number
      expected.set(holder, (expected.get(holder) ?? new Set()).add(p.clave))
    }
    for (const party of parties) expect(party.claves ?? [], party.idNumber).toEqual([...(expected.get(party.id) ?? [])].sort())
  })

  it('SEED-09 settings hold the three SMMLV and monthly moratorium rates 2024–2026', async () => {
    const settings = await payload.findGlobal({ slug: SLUGS.settings, depth: 0, overrideAccess: true })
    for (const { year, amount } of DEMO_MINIMUM_WAGES) {
      const wage = settings.minimumWages?.find((w) => w.year === year)
      expect(wage?.amount, `SMMLV ${year}`).toBe(amount)
      expect(Number.isSafeInteger(wage?.amount)).toBe(true)
    }
    expect(settings.moratoriumRates?.length).toBe(36)
  })
})

// The cases demo (src/seed/demoCases.ts) runs on top of the portfolio seeded above.
describe('seed: demo cases in the portfolio branches', () => {
  let casesAfterFirstRun: number
  const demoUser = async (email: string) =>
    (await payload.find({ collection: SLUGS.users, where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]!
  const worklistOf = async (email: string, scope: 'mine' | 'all' = 'mine') =>
    findWorklist(await createLocalReq({ user: (await demoUser(email)) as any }, payload), { scope, limit: 200, page: 1 })
  const caseOfNit = async (nit: string) => {
    const debtor = (await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: nit } }, ...all })).docs[0]!
    return (await payload.find({ collection: SLUGS.cases, where: { debtor: { equals: debtor.id } }, ...all })).docs[0]!
  }

  beforeAll(async () => {
    await seedDemoCases(payload)
    casesAfterFirstRun = (await payload.count({ collection: SLUGS.cases, where: { branch: { in: branchIds } } })).totalDocs
    await seedDemoCases(payload)
  }, 400_000) // some 170 writes through every hook, twice the look-ups

  it('R-COB-01 walks the Bogotá demo case to the execution order as its competent users, with its notifications', async () => {
    const c = await caseOfNit('900123456')
    expect(c).toMatchObject({ stage: 'COACTIVO', subState: 'ORDEN_DE_EJECUCION' })
    expect(branchIds).toContain(c.branch)
    expect(c.lcd).toMatchObject({ capital: 5_000_000, signedBy: (await demoUser('gerente.bogota@demo.co')).id })
    expect(c.assignedFirm).toBe((await demoUser('firma.andina@demo.co')).id)
    const notices = (await payload.find({ collection: SLUGS.notifications, where: { case: { equals: c.id } }, sort: 'createdAt', ...all })).docs
    expect(notices.map((n) => [n.act, n.derived?.notifiedBy])).toEqual([
      ['LCD', 'AVISO'],
      ['MANDAMIENTO_DE_PAGO', 'CORREO'],
    ])
    expect((await payload.count({ collection: SLUGS.caseEvents, where: { case: { equals: c.id } } })).totalDocs).toBeGreaterThanOrEqual(15)
  })

  it('R-COB-01 opens the planned cases of BOG and MED debtors, each in its planned state', async () => {
    const plan = buildDemoCasePlan(todayInBogota())
    const seeded = (await payload.find({ collection: SLUGS.cases, where: { branch: { in: branchIds } }, ...all })).docs
    expect(seeded).toHaveLength(plan.length + 1)
    const states = seeded.map((c) => c.subState).sort()
    expect(states).toEqual([...plan.map((p) => p.target), 'ORDEN_DE_EJECUCION'].sort())
  })

  it('R-COB-17 seeding again adds no case', async () => {
    expect((await payload.count({ collection: SLUGS.cases, where: { branch: { in: branchIds } } })).totalDocs).toBe(casesAfterFirstRun)
  })

  it('R-ROL-01 every demo collector has cases in their own worklist; the whole portfolio shows every flag', async () => {
    for (const email of [
      'firma.andina@demo.co',
      'firma.pacifico@demo.co',
      'gerente.bogota@demo.co',
      'profesional.bogota@demo.co',
      'gerente.medellin@demo.co',
      'profesional.medellin@demo.co',
      'gerente.recaudo@demo.co',
      'ejecutor@demo.co',
    ]) {
      expect((await worklistOf(email)).totalDocs, email).toBeGreaterThan(0)
    }
    const flags = new Set((await worklistOf('gerente.recaudo@demo.co', 'all')).docs.map((c) => c.flag))
    expect([...flags].sort()).toEqual(expect.arrayContaining(['EN_TERMINO', 'POR_VENCER', 'VENCIDO']))
    const andina = await demoUser('firma.andina@demo.co')
    expect((await worklistOf('firma.andina@demo.co', 'all')).docs.every((c) => c.assignedFirm === andina.id)).toBe(true)
  })

  it('R-COB-04 the daily sweep runs over the demo cases without errors, and still updates the LCD notice of the coactive case', async () => {
    const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf: todayInBogota() }, queue: 'sweep' })
    await payload.jobs.runByID({ id: job.id })
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    const report = (done.log as any[]).find((entry) => entry.taskSlug === 'deadlineSweep').output.report
    expect(report.errors).toEqual([])
    const c = await caseOfNit('900123456')
    const [lcd] = (await payload.find({ collection: SLUGS.notifications, where: { and: [{ act: { equals: 'LCD' } }, { case: { equals: c.id } }] }, ...all })).docs
    expect(lcd?.status).toBe('EN_FIRME')
  })
})

describe('seed: the BDME register and demo guarantees', () => {
  beforeAll(async () => {
    await seedDemoCases(payload)
    await seedDemoGuarantees(payload)
    await seedDemoGuarantees(payload)
  }, 400_000)

  it('R-ROL-05 the register is the one source of the debtors\' BDME flag: an open report per flagged debtor, and a withdrawn one', async () => {
    const seedParties = (await payload.find({ collection: SLUGS.parties, where: { branch: { in: branchIds } }, ...all })).docs
    const entries = (await payload.find({ collection: SLUGS.bdmeEntries, where: { party: { in: seedParties.map((p) => p.id) } }, ...all })).docs
    const openParties = new Set(entries.filter((e) => e.open).map((e) => e.party))
    const flagged = seedParties.filter((p) => p.reportedToBdme).map((p) => p.id)
    expect(flagged.length).toBeGreaterThan(0)
    expect([...openParties].sort()).toEqual([...flagged].sort())
    expect(entries.filter((e) => e.withdrawnOn && e.withdrawalReason)).toHaveLength(1)
  })

  it('R-GAR-08 the demo case of Constructora Ejemplo has its guarantees, one replaced by the collections manager; a rerun adds none', async () => {
    const debtor = (await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: '900123456' } }, ...all })).docs[0]!
    const theCase = (await payload.find({ collection: SLUGS.cases, where: { debtor: { equals: debtor.id } }, ...all })).docs[0]!
    const guarantees = (await payload.find({ collection: SLUGS.guarantees, where: { case: { equals: theCase.id } }, sort: 'id', ...all })).docs
    expect(guarantees.map((g) => [g.kind, g.status])).toEqual([
      ['GARANTIA_BANCARIA', 'SUSTITUIDA'],
      ['POLIZA_SEGUROS', 'PERFECCIONADA'],
      ['HIPOTECA', 'PROPUESTA'],
    ])
    const manager = (await payload.find({ collection: SLUGS.users, where: { email: { equals: 'gerente.recaudo@demo.co' } }, ...all })).docs[0]!
    expect(guarantees[1]!.substitution).toMatchObject({ previous: guarantees[0]!.id, by: manager.id })
  })
})

describe('seed: demo payment agreements', () => {
  let afterFirstRun: number
  const demoUser = async (email: string) =>
    (await payload.find({ collection: SLUGS.users, where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]!
  const seededAgreements = async () =>
    (await payload.find({ collection: SLUGS.agreements, where: { branch: { in: branchIds } }, sort: 'id', ...all })).docs
  const agreementRowsOf = async (email: string) => {
    const ids = new Set((await seededAgreements()).map((a) => a.id))
    const rows = await findAgreementWorklist(await createLocalReq({ user: (await demoUser(email)) as any }, payload), { asOf: todayInBogota() })
    return rows.filter((r) => ids.has(r.agreement))
  }

  beforeAll(async () => {
    await seedDemoAgreements(payload)
    afterFirstRun = (await seededAgreements()).length
    await seedDemoAgreements(payload)
  }, 400_000)

  it('R-ROL-04 agreements requested, in analysis, with requirements pending, granted, in demand and void, each by its competent user; a rerun adds none', async () => {
    const agreements = await seededAgreements()
    expect(agreements).toHaveLength(afterFirstRun)
    expect(agreements.map((a) => a.status).sort()).toEqual(['APROBADO', 'EN_ANALISIS', 'EN_REQUERIMIENTO', 'REQUISITOS_PENDIENTES', 'SIN_VIGENCIA', 'SOLICITADO'])
    const approvers = agreements.filter((a) => a.approvedBy).map((a) => a.approvedBy)
    const bogotaManager = (await demoUser('gerente.bogota@demo.co')).id
    expect(approvers.sort()).toEqual([bogotaManager, bogotaManager, (await demoUser('gerente.recaudo@demo.co')).id].sort())
    // Granting suspends the case (R-COB-15), also under a demand; the signed void resolution resumes it (R-AGR-12).
    const stageOf = async (a: (typeof agreements)[number]) => (await payload.findByID({ collection: SLUGS.cases, id: a.case as number, depth: 0 })).stage
    for (const a of agreements.filter((x) => x.status === 'APROBADO' || x.status === 'EN_REQUERIMIENTO')) expect(await stageOf(a)).toBe('SUSPENDIDO')
    const voided = agreements.find((a) => a.status === 'SIN_VIGENCIA')!
    expect(await stageOf(voided)).toBe('PERSUASIVO')
    expect(voided.voidResolutionAct).toBeTruthy()
    const demanded = agreements.find((a) => a.status === 'EN_REQUERIMIENTO')!
    expect(String(demanded.demandDueOn).slice(0, 10) >= todayInBogota()).toBe(true)
  })

  it('R-AGR-08 the agreement being met has its down payment and two instalments paid through the payment workflow', async () => {
    const manager = await demoUser('gerente.bogota@demo.co')
    const met = (await seededAgreements()).find((a) => a.approvedBy === manager.id && a.status === 'APROBADO')!
    const instalments = (await payload.find({ collection: SLUGS.agreementInstalments, where: { agreement: { equals: met.id } }, sort: 'number', ...all })).docs
    expect(instalments.map((i) => i.status)).toEqual(['PAGADA', 'PAGADA', 'PAGADA', 'PENDIENTE', 'PENDIENTE'])
    expect((await payload.count({ collection: SLUGS.payments, where: { agreement: { equals: met.id } }, overrideAccess: true })).totalDocs).toBe(3)
    expect(met.outstanding).toBe(instalments.slice(3).reduce((sum, i) => sum + i.amount, 0))
  })

  it("R-AGR-06 R-AGR-08 each agreement's terms are in the worklists of the users who read it", async () => {
    const kinds = async (email: string) => (await agreementRowsOf(email)).map((r) => `${r.statusLabel}: ${r.kind}`).sort()
    // Bogotá's staff also read the coactive agreement of Constructora Ejemplo (a Bogotá debtor).
    expect(await kinds('profesional.bogota@demo.co')).toEqual(
      ['Aprobado / vigente: instalment', 'Requisitos pendientes: perfection', 'Requisitos pendientes: requirements', 'Solicitado: analysis'],
    )
    expect(await kinds('firma.andina@demo.co')).toEqual(expect.arrayContaining(['Aprobado / vigente: instalment', 'Solicitado: analysis']))
    expect(await kinds('gerente.medellin@demo.co')).toEqual([
      'En análisis: analysis',
      'En requerimiento por incumplimiento: demand',
      'En requerimiento por incumplimiento: instalment',
    ])
    expect(await kinds('ejecutor@demo.co')).toEqual(expect.arrayContaining(['Requisitos pendientes: requirements', 'Requisitos pendientes: perfection']))
    // The Medellín agreement missed its first instalment and is under the demand (R-AGR-11); the Bogotá one is due this week.
    const med = (await agreementRowsOf('profesional.medellin@demo.co')).find((r) => r.kind === 'instalment')!
    expect(med).toMatchObject({ flag: 'VENCIDO', label: 'Cuota 1 del acuerdo de pago (R-AGR-08)' })
    const bog = (await agreementRowsOf('gerente.bogota@demo.co')).find((r) => r.kind === 'instalment')!
    expect(bog.label).toBe('Cuota 3 del acuerdo de pago (R-AGR-08)')
    expect(bog.flag).not.toBe('VENCIDO')
  })
})

// The demo broker's clave: other files on the same database write requests and legalizations of their own.
const DEMO_CLAVE = DEMO_CLAVES.broker90833[0]

describe('seed: the seed-000 details (bank accounts, vigencia, Rec o Doc, reactivation, search)', () => {
  let accountsAfterFirstRun: number

  beforeAll(async () => {
    await seedDemoLegalizations(payload)
    accountsAfterFirstRun = (await payload.count({ collection: SLUGS.bankAccounts, overrideAccess: true })).totalDocs
    await seedDemoLegalizations(payload)
  }, 240_000)

  it('R-LEG-02 the catalogue holds two national accounts and one per demo branch; seeding again adds none', async () => {
    const { docs } = await payload.find({ collection: SLUGS.bankAccounts, ...all })
    expect(docs).toHaveLength(4)
    expect(accountsAfterFirstRun).toBe(4)
    expect(docs.filter((a) => (a.branches ?? []).length === 0)).toHaveLength(2)
    expect(docs.flatMap((a) => a.branches ?? []).sort()).toEqual([...branchIds].sort())
  })

  it('R-REQ-03 a demo Cartera request names its vigencia', async () => {
    const { docs } = await payload.find({ collection: SLUGS.requests, where: { and: [{ subtype: { equals: 'DEVOLUCION_PRIMAS' } }, { clave: { equals: DEMO_CLAVE } }] }, ...all })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.policyPeriodFrom).toBeTruthy()
    expect(String(docs[0]!.policyPeriodTo) > String(docs[0]!.policyPeriodFrom)).toBe(true)
  })

  it('R-LEG-06 / R-LEG-02 the confirmed automatic legalization shows Rec o Doc and pays into a catalogue account', async () => {
    const { docs } = await payload.find({ collection: SLUGS.legalizations, where: { and: [{ flow: { equals: 'AUTOMATICO' } }, { status: { equals: 'CONFIRMADA' } }, { clave: { equals: DEMO_CLAVE } }] }, ...all })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.items?.[0]?.receipts).toMatch(/\S/)
    expect(docs[0]!.means?.[0]?.account).toBeTruthy()
  })

  it('R-LEG-04 the manual legalization reactivated a cancelled policy of the demo', async () => {
    const { docs } = await payload.find({ collection: SLUGS.legalizations, where: { and: [{ flow: { equals: 'MANUAL' } }, { status: { equals: 'CONFIRMADA' } }, { clave: { equals: DEMO_CLAVE } }] }, ...all })
    expect(docs).toHaveLength(1)
    const policy = await payload.findByID({ collection: SLUGS.policies, id: docs[0]!.items![0]!.policy as number, depth: 0 })
    expect([policy.status, policy.cancelledAt ?? null]).toEqual(['VIGENTE', null])
  })

  it('R-CAR-03 every demo policy carries its search text (number and holder)', async () => {
    const { docs } = await payload.find({ collection: SLUGS.policies, where: { branch: { in: branchIds } }, select: { number: true, searchText: true }, ...all })
    expect(docs.length).toBeGreaterThan(100)
    for (const p of docs) expect(p.searchText, p.number).toContain(p.number.toLowerCase())
  })
})

describe("seed: the month's assignment as the collections manager meets it", () => {
  let casesAfterFirstRun: number
  const seedCases = async () => (await payload.count({ collection: SLUGS.cases, where: { branch: { in: branchIds } }, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    await seedDemoCases(payload)
    // The seed writes the rules once (while they name no firm): clear what another file left here.
    await payload.updateGlobal({ slug: SLUGS.assignmentRules, data: { firms: [] }, depth: 0, overrideAccess: true })
    await seedDemoAssignment(payload)
    casesAfterFirstRun = await seedCases()
    await seedDemoAssignment(payload)
  }, 400_000)

  it('R-ASG-02 the rules name both demo firms and the branches hold debts without a firm that qualify; a rerun opens no case', async () => {
    const req = await createLocalReq({}, payload)
    const rules = await loadAssignmentRules(req)
    const firms = (await payload.find({ collection: SLUGS.users, where: { email: { in: ['firma.andina@demo.co', 'firma.pacifico@demo.co'] } }, sort: 'email', ...all })).docs
    expect([...rules.firms].sort()).toEqual(firms.map((f) => f.id).sort())
    const qualifying = (await loadOpenDebts(req)).filter((d) => d.firm === null && branchIds.includes(d.branch as number) && qualifies(rules, d, todayInBogota()))
    expect(qualifying).toHaveLength(DEMO_UNASSIGNED_CASES.length)
    expect(await seedCases()).toBe(casesAfterFirstRun)
  })
})
