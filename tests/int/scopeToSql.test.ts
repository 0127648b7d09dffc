import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ArrearsQuery } from '@/arrears/arrearsQuery'
import { findArrearsPage } from '@/arrears/findArrearsPage'
import { scopeToSql } from '@/auth/scopeToSql'
import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { everyUser, type AccessWorld } from './helpers/accessWorld'
import { buildCaseWorld } from './helpers/caseWorld'
import { createPolicy, noon } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld

const db = () => (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }).drizzle

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  // A second policy per branch, on the other broker's clave: brokers and branches cut differently.
  await createPolicy(payload, { holder: world.parties.debtorBog.id, branch: world.branches.bog.id, clave: world.claves.claveB })
  await createPolicy(payload, { holder: world.parties.debtorMed.id, branch: world.branches.med.id, clave: world.claves.claveA })
  // Arrears in every bucket as of 15/05/2026, a partial payment, one paid and one not yet due.
  const due = (day: string, extra: Record<string, unknown> = {}) =>
    createPolicy(payload, { holder: world.parties.debtorMed.id, branch: world.branches.med.id, clave: world.claves.claveB, paymentDueDate: noon(day), totalDue: 300_000, ...extra })
  await due('2026-05-14')
  await due('2026-03-31', { totalDue: 800_000, amountPaid: 250_000, paymentStatus: 'PARCIAL' })
  await due('2026-03-16')
  await due('2026-03-01')
  await due('2026-02-20')
  await due('2026-03-01', { amountPaid: 300_000, paymentStatus: 'PAGADA' })
  await due('2026-05-15')
  // Ties on the keyset's sort keys: three on the same due date, three on the same start of cover.
  for (let i = 0; i < 3; i++) await due('2026-04-01', { coverStart: noon('2026-01-20') })
  for (const [debtor, responsible] of [
    [world.parties.debtorBog.id, world.users.professionalBog.id],
    [world.parties.debtorMed.id, world.users.professionalMed.id],
  ]) {
    await payload.create({
      collection: SLUGS.cases,
      data: { debtor, responsible, debtLines: [{ period: '2026-03', concept: 'APORTES_EN_MORA', capital: 1_000_000, dueDate: '2026-03-16' }] } as never,
      overrideAccess: true,
      depth: 0,
      context: { asOf: '2026-04-01' },
    })
  }
  // Some thirty writes through the hooks: give a loaded machine time.
}, 300_000)

const idsBySql = async (user: User, collection: CollectionSlug, table: string) => {
  const scope = await scopeToSql(payload, user, collection, 'r')
  const { rows } = await db().execute(sql`SELECT r."id" FROM ${sql.raw(`"${table}"`)} r WHERE ${scope} ORDER BY r."id"`)
  return rows.map((r) => Number(r.id))
}

/** Payload's own answer; a role the collection refuses outright (access `false`, 403) reads nothing. */
const idsByFind = async (user: User, collection: CollectionSlug) => {
  try {
    const { docs } = await payload.find({ collection, select: {}, depth: 0, pagination: false, sort: 'id', overrideAccess: false, user })
    return docs.map((d) => Number(d.id))
  } catch (error) {
    if ((error as { status?: number }).status === 403) return []
    throw error
  }
}

describe('scopeToSql', () => {
  for (const [collection, table] of [
    [SLUGS.policies, 'policies'],
    [SLUGS.cases, 'cases'],
    [SLUGS.parties, 'parties'],
  ] as const) {
    it(`R-ROL-01/02: for every role, the ${collection} SQL scope selects exactly the ids of payload.find with the user's access`, async () => {
      const seen = new Set<number>()
      for (const [role, user] of everyUser(world)) {
        const expected = await idsByFind(user, collection)
        expect({ role, ids: await idsBySql(user, collection, table) }).toEqual({ role, ids: expected })
        seen.add(expected.length)
      }
      // The world cuts differently by role (none, some, all): the comparison is not trivially empty.
      expect(seen.size).toBeGreaterThanOrEqual(3)
    })
  }

  it('R-ROL-02: values travel as parameters, never in the SQL text', async () => {
    const scope = await scopeToSql(payload, { ...world.users.brokerA, claves: ["1'); DROP TABLE policies; --"] }, SLUGS.policies)
    const { rows } = await db().execute(sql`SELECT count(*)::int AS n FROM "policies" WHERE ${scope}`)
    expect(rows[0]!.n).toBe(0)
    const still = await db().execute(sql`SELECT count(*)::int AS n FROM "policies"`)
    expect(Number(still.rows[0]!.n)).toBeGreaterThan(0)
  })
})

describe('arrearsTotals (one aggregate query)', () => {
  it('R-CAR-03: for every role, the totals by bucket and by branch equal the sums of the listed rows', async () => {
    const nonEmpty = new Set<string>()
    for (const [role, user] of everyUser(world)) {
      const req = await createLocalReq({ user: { ...user, collection: SLUGS.users } as never }, payload)
      let found
      try {
        found = await findArrearsPage(req, ArrearsQuery.parse({ asOf: '2026-05-15', limit: 500 }))
      } catch (error) {
        expect({ role, status: (error as { status?: number }).status }).toEqual({ role, status: 403 })
        continue
      }
      const byBucket: Record<string, { policies: number; pending: number }> = {}
      const byBranch: Record<string, { policies: number; pending: number }> = {}
      for (const r of found.rows) {
        byBucket[r.bucket!] ??= { policies: 0, pending: 0 }
        byBucket[r.bucket!]!.policies += 1
        byBucket[r.bucket!]!.pending += r.pending
        byBranch[String(r.branch)] ??= { policies: 0, pending: 0 }
        byBranch[String(r.branch)]!.policies += 1
        byBranch[String(r.branch)]!.pending += r.pending
      }
      const nonZero = Object.fromEntries(Object.entries(found.totals.byBucket).filter(([, f]) => f.policies > 0))
      expect({ role, policies: found.totals.policies, pending: found.totals.totalPending, byBucket: nonZero, byBranch: found.totals.byBranch }).toEqual({
        role,
        policies: found.rows.length,
        pending: found.rows.reduce((sum, r) => sum + r.pending, 0),
        byBucket,
        byBranch,
      })
      expect(found.totalDocs).toBe(found.rows.length)
      if (found.rows.length) nonEmpty.add(role)
    }
    // National staff see every bucket; brokers and branch staff a part: the check is not vacuous.
    expect(nonEmpty.has('admin') && nonEmpty.has('brokerB') && nonEmpty.has('professionalMed')).toBe(true)
    const admin = await findArrearsPage(await createLocalReq({ user: { ...world.users.admin, collection: SLUGS.users } as never }, payload), ArrearsQuery.parse({ asOf: '2026-05-15', limit: 500 }))
    expect(Object.values(admin.totals.byBucket).every((f) => f.policies > 0)).toBe(true)
  })

  it('R-CAR-03: with a search, the totals are still those of the listed rows (the search `like` is SQL too)', async () => {
    const req = await createLocalReq({ user: { ...world.users.admin, collection: SLUGS.users } as never }, payload)
    const all = await findArrearsPage(req, ArrearsQuery.parse({ asOf: '2026-05-15', limit: 500 }))
    // One listed policy's own number: the search narrows the list to the rows that carry it.
    const target = all.rows[0]!
    const found = await findArrearsPage(req, ArrearsQuery.parse({ asOf: '2026-05-15', limit: 500, q: target.number }))
    expect(found.rows.map((r) => r.policyId)).toContain(target.policyId)
    expect(found.rows.every((r) => r.number.includes(target.number) || `${r.holderName} ${r.holderIdNumber} ${r.identifier} ${r.clave}`.includes(target.number))).toBe(true)
    expect(found.rows.length).toBeLessThan(all.rows.length)
    expect([found.totals.policies, found.totals.totalPending]).toEqual([found.rows.length, found.rows.reduce((sum, r) => sum + r.pending, 0)])
  })
})

describe('keyset pagination', () => {
  const reqOf = (user: User) => createLocalReq({ user: { ...user, collection: SLUGS.users } as never }, payload)

  it('R-CAR-01: walking the arrears list by cursor (2 rows a page) gives every row once, in (due date, id) order, ties included', async () => {
    const req = await reqOf(world.users.admin)
    const all = await findArrearsPage(req, ArrearsQuery.parse({ asOf: '2026-05-15', limit: 500 }))
    expect(all.nextCursor).toBeNull()
    const walked: number[] = []
    let after: string | null | undefined
    let pages = 0
    do {
      const page = await findArrearsPage(req, ArrearsQuery.parse({ asOf: '2026-05-15', limit: 2, ...(after ? { after } : {}) }))
      expect(page.rows.length).toBeLessThanOrEqual(2)
      expect(page.totalDocs).toBe(all.rows.length)
      walked.push(...page.rows.map((r) => r.policyId))
      after = page.nextCursor
      pages += 1
      // The last page says so: no cursor after it, and it is never empty when rows remain.
      if (!after) expect(page.rows.length).toBeGreaterThan(0)
    } while (after && pages < 50)
    expect(walked).toEqual(all.rows.map((r) => r.policyId))
    expect(new Set(walked).size).toBe(walked.length)
    expect(pages).toBe(Math.ceil(all.rows.length / 2))
    const dues = all.rows.map((r) => `${r.paymentDueDate}|${String(r.policyId).padStart(9, '0')}`)
    expect(dues).toEqual([...dues].sort())
    expect(all.rows.filter((r) => r.paymentDueDate === noon('2026-04-01')).length).toBe(3)
  })

  it('R-CAR-01: a page that ends exactly at the last row has no next cursor; a bad cursor is a Spanish 400', async () => {
    const req = await reqOf(world.users.brokerB)
    const all = await findArrearsPage(req, ArrearsQuery.parse({ asOf: '2026-05-15', limit: 500 }))
    expect(all.rows.length).toBeGreaterThan(1)
    const exact = await findArrearsPage(req, ArrearsQuery.parse({ asOf: '2026-05-15', limit: all.rows.length }))
    expect(exact.nextCursor).toBeNull()
    const short = await findArrearsPage(req, ArrearsQuery.parse({ asOf: '2026-05-15', limit: all.rows.length - 1 }))
    expect(short.nextCursor).not.toBeNull()
    const last = await findArrearsPage(req, ArrearsQuery.parse({ asOf: '2026-05-15', limit: all.rows.length - 1, after: short.nextCursor }))
    expect(last.rows.map((r) => r.policyId)).toEqual([all.rows.at(-1)!.policyId])
    expect(last.nextCursor).toBeNull()
    const client = await api.as(world.users.brokerB)
    const bad = await client.rest('GET', '/arrears?asOf=2026-05-15&after=no-es-un-cursor')
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/after no es un cursor válido/)
  })

  it('R-LEG-01: the policies-due list walks by cursor in (start of cover, id) order, ties included', async () => {
    const client = await api.as(world.users.brokerB)
    const all = await client.rest('GET', '/legalizations/policies-due?limit=500')
    expect(all.status).toBe(200)
    expect(all.body.nextCursor).toBeNull()
    const walked: number[] = []
    let after: string | null = null
    let pages = 0
    do {
      const res = await client.rest('GET', `/legalizations/policies-due?limit=2${after ? `&after=${after}` : ''}`)
      expect(res.status).toBe(200)
      walked.push(...res.body.docs.map((d: { id: number }) => d.id))
      after = res.body.nextCursor
      pages += 1
    } while (after && pages < 50)
    expect(walked).toEqual(all.body.docs.map((d: { id: number }) => d.id))
    expect(new Set(walked).size).toBe(walked.length)
    expect(all.body.docs.filter((d: { coverStart: string }) => d.coverStart === noon('2026-01-20')).length).toBe(3)
  })
})
