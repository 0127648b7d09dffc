import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { scopeToSql } from '@/auth/scopeToSql'
import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { everyUser, type AccessWorld } from './helpers/accessWorld'
import { buildCaseWorld } from './helpers/caseWorld'
import { createPolicy } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'

const { payload } = await initTestApp()
let world: AccessWorld

const db = () => (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }).drizzle

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  // A second policy per branch, on the other broker's clave: brokers and branches cut differently.
  await createPolicy(payload, { holder: world.parties.debtorBog.id, branch: world.branches.bog.id, clave: world.claves.claveB })
  await createPolicy(payload, { holder: world.parties.debtorMed.id, branch: world.branches.med.id, clave: world.claves.claveA })
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
})

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
