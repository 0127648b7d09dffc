import { sql } from '@payloadcms/db-postgres'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { Branch, IndicatorSnapshot, Party, Policy, User } from '@/payload-types'
import { ARREARS_BUCKETS } from '@/rules/arrears'
import { CASE_AGE_BUCKETS, rollRates, type SnapshotFigures } from '@/rules/indicators'
import { PASSWORD } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { ARREARS_TERMS, createPolicy, noon, randomDigits } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'
import { expectGraphQLDenied, expectLocalDenied, expectRestDenied, expectRestRule } from './helpers/refusals'

const { payload, api } = await initTestApp()
const system = { overrideAccess: true, depth: 0 } as const
const db = payload.db.drizzle as unknown as { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

let world: CaseWorld
let branch: Branch
let manager: User
let collectionsManager: ApiClient
let branchManager: ApiClient
const p: Record<string, Policy> = {}
const OCT = '2026-10'
const NOV = '2026-11'

const snapshotOf = async (period: string) =>
  (await payload.find({ collection: SLUGS.indicatorSnapshots, where: { period: { equals: period } }, ...system })).docs[0] as IndicatorSnapshot
const figures = (doc: IndicatorSnapshot) => doc as unknown as SnapshotFigures
const mine = <R extends { branch: number | null }>(rows: R[]) => rows.filter((r) => r.branch === branch.id)
const byKey = <R extends Record<string, unknown>>(rows: R[], keys: (keyof R)[]) =>
  [...rows].map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) && !keys.includes(k) ? Number(v) : v]))).sort((a, b) =>
    keys.map((k) => String(a[k as string] ?? '')).join('|').localeCompare(keys.map((k) => String(b[k as string] ?? '')).join('|')),
  )

const openWorkbook = async (response: Response) => {
  expect(response.status).toBe(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
  return workbook
}

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  // Periods of this file start clean (a published snapshot cannot be deleted through the API).
  await db.execute(sql`DELETE FROM indicator_snapshots WHERE period IN (${OCT}, ${NOV}, '2031-01')`)
  const tag = randomDigits(6)
  branch = (await payload.create({ collection: SLUGS.branches, data: { code: `I${tag}`, name: `Indicadores ${tag}`, city: 'Cali' }, ...system })) as Branch
  manager = (await payload.create({
    collection: SLUGS.users,
    data: { email: `gerente-ind-${tag}@test.co`, password: PASSWORD, name: 'Gerente Cali', role: ROLES.branchManager, branch: branch.id } as never,
    ...system,
  })) as User
  const debtor = (await payload.create({
    collection: SLUGS.parties,
    data: { idType: 'CC', idNumber: `1${randomDigits(9)}`, firstName: 'Carla', lastName: tag, branch: branch.id } as never,
    ...system,
  })) as Party
  const policy = (key: string, due: string, totalDue: number, extra: Record<string, unknown> = {}) =>
    createPolicy(payload, {
      ...ARREARS_TERMS,
      number: `POL-IND-${key}-${tag}`,
      holder: debtor.id,
      branch: branch.id,
      clave: world.claves.claveA,
      paymentDueDate: noon(due),
      totalDue,
      ...extra,
    }).then((doc) => (p[key] = doc))
  // On 31/10/2026: P1 21 days (1-45), P2 41 (1-45), P3 67 (61-75), P4 122 (90+), P5 not due yet.
  await policy('P1', '2026-10-10', 100_000)
  await policy('P2', '2026-09-20', 200_000, { lineOfBusiness: 'AU-LIVIANOS', plate: `KLO${tag.slice(0, 3)}` })
  await policy('P3', '2026-08-25', 300_000)
  await policy('P4', '2026-07-01', 400_000)
  await policy('P5', '2026-11-20', 50_000)
  // Two cases in the branch: the oldest debt 76 and 265 days old on 30/11/2026.
  for (const due of ['2026-09-15', '2026-03-10']) {
    await payload.create({
      collection: SLUGS.cases,
      data: { stage: 'PERSUASIVO', subState: 'GESTION_PERSUASIVA', debtor: debtor.id, debtLines: [debtLine(1_000_000, due)] } as never,
      ...system,
    })
  }
  // Opened in mid-November (the test runs later): a case counts from the month it was opened.
  await db.execute(sql`UPDATE cases SET created_at = '2026-11-15T15:00:00Z' WHERE debtor_id = ${debtor.id}`)
  // Agreements written as SQL fixtures: two being met, one in demand, one void, one still requested (not counted).
  const someCase = (await payload.find({ collection: SLUGS.cases, where: { debtor: { equals: debtor.id } }, limit: 1, ...system })).docs[0]!
  for (const status of ['APROBADO', 'APROBADO', 'EN_REQUERIMIENTO', 'SIN_VIGENCIA', 'SOLICITADO']) {
    await db.execute(sql`INSERT INTO agreements (case_id, status, requested_on, down_payment, term_months, branch_id)
      VALUES (${someCase.id}, ${status}::enum_agreements_status, now(), 100000, 6, ${branch.id})`)
  }
  collectionsManager = await api.as(world.users.collectionsManager)
  branchManager = await api.as(manager)
}, 300_000)

describe('001 §7.2.1 the collections manager takes and publishes October', () => {
  it('§7.2.1 POST /api/indicator-snapshots/take computes October as a draft: the branch by bucket as built', async () => {
    const res = await collectionsManager.rest('POST', `/${SLUGS.indicatorSnapshots}/take`, { period: OCT })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc).toMatchObject({ period: OCT, status: 'BORRADOR' })
    const states = await db.execute(sql`SELECT jsonb_typeof(policy_states) AS kind, policy_states AS states FROM indicator_snapshots WHERE period = ${OCT}`)
    expect(states.rows[0]?.kind).toBe('array')
    expect((states.rows[0]?.states as { id: number; branch: number }[]).filter((s) => s.branch === branch.id).map((s) => s.id).sort()).toEqual([p.P1!.id, p.P2!.id, p.P3!.id, p.P4!.id].sort())
    const oct = figures(await snapshotOf(OCT))
    expect(byKey(mine(oct.portfolio), ['bucket', 'lineOfBusiness'])).toEqual(
      byKey(
        [
          { branch: branch.id, lineOfBusiness: p.P1!.lineOfBusiness, bucket: '1-45', policies: 1, amount: 100_000 },
          { branch: branch.id, lineOfBusiness: 'AU-LIVIANOS', bucket: '1-45', policies: 1, amount: 200_000 },
          { branch: branch.id, lineOfBusiness: p.P3!.lineOfBusiness, bucket: '61-75', policies: 1, amount: 300_000 },
          { branch: branch.id, lineOfBusiness: p.P4!.lineOfBusiness, bucket: '90+', policies: 1, amount: 400_000 },
        ],
        ['bucket', 'lineOfBusiness'],
      ),
    )
  })

  it('§7.2.2 a branch manager does not see a draft; after publishing it is stamped and visible', async () => {
    const draft = await snapshotOf(OCT)
    const before = await branchManager.rest('GET', `/${SLUGS.indicatorSnapshots}?where[period][equals]=${OCT}`)
    expect(before.body.docs).toEqual([])
    const res = await collectionsManager.rest('PATCH', `/${SLUGS.indicatorSnapshots}/${draft.id}`, { status: 'PUBLICADO' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const published = await snapshotOf(OCT)
    expect(published.status).toBe('PUBLICADO')
    expect(published.publishedBy).toBe(world.users.collectionsManager.id)
    expect(published.publishedAt).toBeTruthy()
    // Publishing keeps the per-policy states November's roll rates start from.
    const states = await db.execute(sql`SELECT jsonb_typeof(policy_states) AS kind FROM indicator_snapshots WHERE period = ${OCT}`)
    expect(states.rows[0]?.kind).toBe('array')
    const after = await branchManager.rest('GET', `/${SLUGS.indicatorSnapshots}?where[period][equals]=${OCT}`)
    expect(after.body.docs.map((d: IndicatorSnapshot) => d.id)).toEqual([draft.id])
  })
})

describe('R-IND-01 a published snapshot is immutable', () => {
  it('R-IND-01: changing, retaking or deleting October is refused (409) and nothing is written', async () => {
    const stored = await snapshotOf(OCT)
    const patch = await collectionsManager.rest('PATCH', `/${SLUGS.indicatorSnapshots}/${stored.id}`, { notes: 'Corregido', status: 'BORRADOR' })
    expectRestRule(patch, 409, 'R-IND-01')
    const retake = await collectionsManager.rest('POST', `/${SLUGS.indicatorSnapshots}/take`, { period: OCT })
    expectRestRule(retake, 409, 'R-IND-01')
    const del = await collectionsManager.rest('DELETE', `/${SLUGS.indicatorSnapshots}/${stored.id}`)
    expect(del.status).toBe(409)
    await expect(
      payload.delete({ collection: SLUGS.indicatorSnapshots, id: stored.id, overrideAccess: false, user: world.users.admin }),
    ).rejects.toMatchObject({ status: 409 })
    const after = await snapshotOf(OCT)
    expect(after).toMatchObject({ status: 'PUBLICADO', notes: stored.notes ?? null, updatedAt: stored.updatedAt })
  })
})

describe('001 §7.2.1 November against SQL', () => {
  beforeAll(async () => {
    // During November P2 is paid in full, with one payment of the branch on 05/11/2026.
    const legalization = await payload.create({
      collection: SLUGS.legalizations,
      data: { flow: 'AUTOMATICO', status: 'BORRADOR', clave: world.claves.claveA, policies: [p.P2!.id] } as never,
      ...system,
    })
    await payload.create({
      collection: SLUGS.payments,
      data: {
        kind: 'TRANSFERENCIA',
        paidOn: '2026-11-05',
        amount: 200_000,
        bankAccount: 'CITIBANK 5060193217',
        bankBranch: '123',
        legalization: legalization.id,
        clave: world.claves.claveA,
        branch: branch.id,
        policies: [p.P2!.id],
      } as never,
      ...system,
    })
    await payload.update({ collection: SLUGS.policies, id: p.P2!.id, data: { amountPaid: 200_000, paymentStatus: 'PAGADA' } as never, ...system })
    const res = await collectionsManager.rest('POST', `/${SLUGS.indicatorSnapshots}/take`, { period: NOV })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  })

  it('§7.2.1 arrears by branch × line × bucket equal a direct SQL query; the branch holds what was built', async () => {
    const nov = figures(await snapshotOf(NOV))
    const { rows } = await db.execute(sql`
      SELECT branch_id AS branch, line_of_business::text AS "lineOfBusiness", bucket, count(*)::int AS policies, sum(pending)::bigint AS amount FROM (
        SELECT branch_id, line_of_business, total_due - coalesce(amount_paid, 0) AS pending,
          CASE WHEN d BETWEEN 1 AND 45 THEN '1-45' WHEN d BETWEEN 46 AND 60 THEN '46-60' WHEN d BETWEEN 61 AND 75 THEN '61-75'
               WHEN d BETWEEN 76 AND 89 THEN '76-89' WHEN d >= 90 THEN '90+' END AS bucket
        FROM (SELECT *, DATE '2026-11-30' - timezone('America/Bogota', payment_due_date)::date AS d FROM policies) x
        WHERE payment_status IN ('PENDIENTE', 'PARCIAL') AND total_due - coalesce(amount_paid, 0) > 0
      ) y WHERE bucket IS NOT NULL GROUP BY 1, 2, 3`)
    const keys = ['branch', 'lineOfBusiness', 'bucket'] as const
    expect(byKey(nov.portfolio as never[], [...keys])).toEqual(byKey(rows as never[], [...keys]))
    // P5 came due, P1 rolled to 46-60, P3 joined P4 in 90+ (same line of business), P2 was paid.
    expect(mine(nov.portfolio).map((r) => [r.bucket, r.policies, r.amount])).toEqual([
      ['1-45', 1, 50_000],
      ['46-60', 1, 100_000],
      ['90+', 2, 700_000],
    ])
  })

  it('§7.2.1 roll rates of the hand-built month: 1-45 rolled one third (to the next) and two thirds were paid; 61-75 rolled all past 76-89; 90+ stayed', async () => {
    const nov = figures(await snapshotOf(NOV))
    const rates = rollRates(nov, branch.id)
    expect(rates.find((r) => r.from === '1-45')).toMatchObject({ amount: 300_000, rolled: 0.3333, toNext: 0.3333, paid: 0.6667, improved: 0, gone: 0 })
    expect(rates.find((r) => r.from === '61-75')).toMatchObject({ amount: 300_000, rolled: 1, toNext: 0 })
    expect(rates.find((r) => r.from === '90+')).toMatchObject({ amount: 400_000, stayed: 1, rolled: 0 })
  })

  it('§7.2.1 transitions equal SQL over October\'s per-policy states joined to November', async () => {
    const nov = figures(await snapshotOf(NOV))
    const { rows } = await db.execute(sql`
      WITH prev AS (SELECT (el.state->>'id')::int AS id, (el.state->>'branch')::int AS branch, el.state->>'bucket' AS bucket, (el.state->>'amount')::bigint AS amount
                    FROM indicator_snapshots s, jsonb_array_elements(s.policy_states) AS el(state) WHERE s.period = ${OCT})
      SELECT prev.branch, prev.bucket AS "from", sum(prev.amount)::bigint AS amount,
        sum(CASE WHEN pol.payment_status = 'PAGADA' OR pol.total_due - coalesce(pol.amount_paid, 0) <= 0 THEN prev.amount ELSE 0 END)::bigint AS paid
      FROM prev LEFT JOIN policies pol ON pol.id = prev.id GROUP BY 1, 2`)
    const fromSnapshot = Object.values(
      nov.transitions.reduce<Record<string, { branch: number | null; from: string; amount: number; paid: number }>>((acc, t) => {
        const key = `${t.branch}|${t.from}`
        acc[key] ??= { branch: t.branch, from: t.from, amount: 0, paid: 0 }
        acc[key].amount += t.amount
        if (t.to === 'PAGADA') acc[key].paid += t.amount
        return acc
      }, {}),
    )
    expect(byKey(fromSnapshot as never[], ['branch', 'from'])).toEqual(byKey(rows as never[], ['branch', 'from']))
  })

  it('§7.2.1 cases by stage and age, agreements met vs in default and recovery equal SQL; the branch as built', async () => {
    const nov = figures(await snapshotOf(NOV))
    const cases = await db.execute(sql`
      SELECT branch_id AS branch, stage::text AS stage, count(*)::int AS cases FROM cases
      WHERE timezone('America/Bogota', created_at)::date <= DATE '2026-11-30' GROUP BY 1, 2`)
    const caseTotals = Object.values(
      nov.cases.reduce<Record<string, { branch: number | null; stage: string; cases: number }>>((acc, c) => {
        const key = `${c.branch}|${c.stage}`
        acc[key] ??= { branch: c.branch, stage: c.stage, cases: 0 }
        acc[key].cases += c.cases
        return acc
      }, {}),
    )
    expect(byKey(caseTotals as never[], ['branch', 'stage'])).toEqual(byKey(cases.rows as never[], ['branch', 'stage']))
    expect(mine(nov.cases).map((c) => [c.stage, c.age, c.cases]).sort()).toEqual([
      ['PERSUASIVO', '0-90', 1],
      ['PERSUASIVO', '181-360', 1],
    ])
    expect(CASE_AGE_BUCKETS.map((a) => a.value)).toContain('181-360')

    const agreements = await db.execute(sql`
      SELECT branch_id AS branch, sum(CASE WHEN status = 'APROBADO' THEN 1 ELSE 0 END)::int AS met,
        sum(CASE WHEN status IN ('EN_REQUERIMIENTO', 'SIN_VIGENCIA') THEN 1 ELSE 0 END)::int AS "inDefault"
      FROM agreements GROUP BY 1 HAVING sum(CASE WHEN status IN ('APROBADO', 'EN_REQUERIMIENTO', 'SIN_VIGENCIA') THEN 1 ELSE 0 END) > 0`)
    const standing = (b: number | null) => ({
      branch: b,
      met: nov.agreements.filter((a) => a.branch === b && a.standing === 'CUMPLIENDO').reduce((s, a) => s + a.agreements, 0),
      inDefault: nov.agreements.filter((a) => a.branch === b && a.standing === 'INCUMPLIDO').reduce((s, a) => s + a.agreements, 0),
    })
    expect(byKey(agreements.rows.map((r) => standing(r.branch as number | null)) as never[], ['branch'])).toEqual(byKey(agreements.rows as never[], ['branch']))
    expect(standing(branch.id)).toEqual({ branch: branch.id, met: 2, inDefault: 2 })

    const recovery = await db.execute(sql`
      SELECT branch_id AS branch, count(*)::int AS payments, sum(amount)::bigint AS amount FROM payments
      WHERE timezone('America/Bogota', paid_on)::date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30' GROUP BY 1`)
    expect(byKey(nov.recovery as never[], ['branch'])).toEqual(byKey(recovery.rows as never[], ['branch']))
    expect(mine(nov.recovery)).toEqual([{ branch: branch.id, payments: 1, amount: 200_000 }])
  })
})

describe('§7.2.2 scope: a branch manager reviews its branch only', () => {
  beforeAll(async () => {
    const nov = await snapshotOf(NOV)
    await payload.update({ collection: SLUGS.indicatorSnapshots, id: nov.id, data: { status: 'PUBLICADO' }, overrideAccess: false, user: world.users.collectionsManager })
  })

  it('§7.2.2 over REST and GraphQL every table holds only its branch, and the per-policy states are never sent', async () => {
    const res = await branchManager.rest('GET', `/${SLUGS.indicatorSnapshots}?where[period][equals]=${NOV}&depth=0`)
    expect(res.status).toBe(200)
    const doc = res.body.docs[0]
    expect(doc.portfolio.length).toBeGreaterThan(0)
    for (const table of ['portfolio', 'transitions', 'cases', 'agreements', 'recovery']) {
      expect(doc[table].every((r: { branch: number }) => r.branch === branch.id), table).toBe(true)
    }
    expect(doc.policyStates).toBeUndefined()
    const national = await collectionsManager.rest('GET', `/${SLUGS.indicatorSnapshots}?where[period][equals]=${NOV}&depth=0`)
    expect(national.body.docs[0].portfolio.some((r: { branch: number }) => r.branch !== branch.id)).toBe(true)
    const gql = await branchManager.graphql(`{ IndicatorSnapshots(where: { period: { equals: "${NOV}" } }) { docs { period portfolio } } }`)
    expect(gql.body.data.IndicatorSnapshots.docs[0].portfolio.every((r: { branch: number }) => r.branch === branch.id)).toBe(true)
  })

  it('§7.2.2 the Excel of a branch manager has its branch\'s figures; national staff get the whole portfolio', async () => {
    const workbook = await openWorkbook(await branchManager.raw('GET', `/indicators.xlsx?period=${NOV}`))
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Mora por franja', 'Tasas de rodamiento', 'Recaudo del mes', 'Expedientes', 'Acuerdos de pago'])
    const sheet = workbook.getWorksheet('Mora por franja')!
    const header = (sheet.getRow(1).values as unknown[]).map(String)
    const totalCol = header.indexOf('Total en mora ($)')
    const novRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === NOV)!
    expect(novRow.getCell(totalCol).value).toBe(850_000)
    const octRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === OCT)!
    expect(octRow.getCell(totalCol).value).toBe(1_000_000)
    // Asking for another branch changes nothing for branch staff.
    const other = await openWorkbook(await branchManager.raw('GET', `/indicators.xlsx?period=${NOV}&branch=${world.branches.bog.id}`))
    const otherRow = other.getWorksheet('Mora por franja')!.getRows(2, 5)!.find((r) => r.getCell(1).value === NOV)!
    expect(otherRow.getCell(totalCol).value).toBe(850_000)
    const all = await openWorkbook(await collectionsManager.raw('GET', `/indicators.xlsx?period=${NOV}`))
    const allRow = all.getWorksheet('Mora por franja')!.getRows(2, 5)!.find((r) => r.getCell(1).value === NOV)!
    expect(Number(allRow.getCell(totalCol).value)).toBeGreaterThan(850_000)
  })

  it('§7.2.2 the external firm, editor, broker, provider and anonymous get nothing over REST, GraphQL and the Local API', async () => {
    const { firmA, editor, brokerA, provider } = world.users
    for (const user of [firmA, editor, brokerA, provider]) {
      const client = await api.as(user)
      expectRestDenied(await client.rest('GET', `/${SLUGS.indicatorSnapshots}`))
      expectGraphQLDenied(await client.graphql('{ IndicatorSnapshots { docs { id period } } }'), 'IndicatorSnapshots')
      await expectLocalDenied(payload.find({ collection: SLUGS.indicatorSnapshots, overrideAccess: false, user }))
      expectRestDenied(await client.rest('GET', `/indicators.xlsx?period=${NOV}`))
      expectRestDenied(await client.rest('POST', `/${SLUGS.indicatorSnapshots}/take`, { period: '2031-01' }))
    }
    expectRestDenied(await api.anonymous.rest('GET', `/${SLUGS.indicatorSnapshots}`))
    expectRestDenied(await api.anonymous.rest('GET', `/indicators.xlsx`))
    expectRestDenied(await branchManager.rest('POST', `/${SLUGS.indicatorSnapshots}/take`, { period: '2031-01' }))
    expect((await payload.count({ collection: SLUGS.indicatorSnapshots, where: { period: { equals: '2031-01' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('001 §7.2.1 the month-end job', () => {
  it('§7.2.1 the indicatorSnapshot task takes the period as a draft, and leaves a published one as it is', async () => {
    await payload.jobs.queue({ task: 'indicatorSnapshot', input: { period: '2031-01' }, queue: 'indicadores-prueba' })
    await payload.jobs.run({ queue: 'indicadores-prueba' })
    expect(await snapshotOf('2031-01')).toMatchObject({ status: 'BORRADOR', period: '2031-01' })
    const nov = await snapshotOf(NOV)
    await payload.jobs.queue({ task: 'indicatorSnapshot', input: { period: NOV }, queue: 'indicadores-prueba' })
    await payload.jobs.run({ queue: 'indicadores-prueba' })
    expect((await snapshotOf(NOV)).updatedAt).toBe(nov.updatedAt)
    expect(ARREARS_BUCKETS).toHaveLength(5)
  })
})
