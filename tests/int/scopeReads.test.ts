import { createLocalReq, type Payload, validateQueryPaths } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Case, Party, User } from '@/payload-types'
import { createProviderParty, everyUser, type AccessWorld, type WorldRole } from './helpers/accessWorld'
import { buildCaseWorld } from './helpers/caseWorld'
import { createPolicy } from './helpers/fixtures'
import { expectGraphQLDenied, expectLocalDenied, expectRestDenied } from './helpers/refusals'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
let providerParty: Party
let caseOfCm: Case
let caseOfProfessional: Case

/** Party fields of the insurer's own work (POLICY.md): never read by brokers or providers. */
const INTERNAL_PARTY_FIELDS = [
  'claves',
  'assignedFirm',
  'reportedToBdme',
  'bdmeReportedAt',
  'insolvencyStatus',
  'insolvencySince',
  'cannotBeLocated',
] as const

/** A GraphQL filter on each of them (a required select has no `exists` operator there). */
const GRAPHQL_FILTER: Record<(typeof INTERNAL_PARTY_FIELDS)[number], string> = {
  claves: '{ equals: "00000" }',
  assignedFirm: '{ equals: 1 }',
  reportedToBdme: '{ equals: true }',
  bdmeReportedAt: '{ exists: true }',
  insolvencyStatus: '{ equals: NINGUNO }',
  insolvencySince: '{ exists: true }',
  cannotBeLocated: '{ equals: true }',
}

const EXTERNAL: WorldRole[] = ['brokerA', 'brokerB', 'provider']

/** The party each external role reads (its own): the shared client for brokers, its company for the provider. */
const ownPartyOf = (role: WorldRole) => (role === 'provider' ? providerParty : world.parties.debtorBog)

const PARTY_GQL = `query ($id: Int!) { Party(id: $id) { id displayName claves reportedToBdme bdmeReportedAt insolvencyStatus insolvencySince cannotBeLocated assignedFirm { id } } }`

/** One party as the user reads it through the Local API, REST and GraphQL. */
const partyThroughEveryChannel = async (user: User, id: number) => {
  const local = (await payload.findByID({ collection: SLUGS.parties, id, overrideAccess: false, user, depth: 0 })) as unknown as Record<string, unknown>
  const client = await api.as(user)
  const rest = await client.rest('GET', `/parties/${id}?depth=0`)
  expect(rest.status, JSON.stringify(rest.body)).toBe(200)
  const gql = await client.graphql(PARTY_GQL, { id })
  expect(gql.body.errors, JSON.stringify(gql.body.errors)).toBeUndefined()
  return { local, rest: rest.body as Record<string, unknown>, graphql: gql.body.data.Party as Record<string, unknown> }
}

/** A `where` or `sort` refused with 403 and the rule, through every channel; nothing is listed. */
const expectQueryRefused = async (
  user: User,
  collection: 'parties' | 'policies' | 'cases',
  query: { where?: Record<string, unknown>; sort?: string; rest: string; graphqlWhere?: string; graphqlSort?: string },
  rule: string,
) => {
  await expect(
    payload.find({ collection, where: query.where as never, sort: query.sort, overrideAccess: false, user, depth: 0 }),
  ).rejects.toMatchObject({ status: 403, data: { rule } })
  const client = await api.as(user)
  const rest = await client.rest('GET', `/${collection}?depth=0&${query.rest}`)
  expect(rest.status, JSON.stringify(rest.body)).toBe(403)
  expect(rest.body.errors?.[0]?.data?.rule).toBe(rule)
  expect(rest.body.errors?.[0]?.message).toMatch(new RegExp(`^${rule}: No puede (filtrar|ordenar) por`))
  const listName = { parties: 'Parties', policies: 'Policies', cases: 'Cases' }[collection]
  const args = [query.graphqlWhere ? `where: ${query.graphqlWhere}` : '', query.graphqlSort ? `sort: "${query.graphqlSort}"` : '']
    .filter(Boolean)
    .join(', ')
  const gql = await client.graphql(`{ ${listName}(${args}) { docs { id } } }`)
  expectGraphQLDenied(gql, listName, [403])
  expect(gql.body.errors[0].message).toMatch(new RegExp(`^${rule}: `))
}

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  // The Bogotá debtor is a client of both brokers: broker A must not learn broker B's clave.
  await createPolicy(payload, { holder: world.parties.debtorBog.id, branch: world.branches.bog.id, clave: world.claves.claveB })
  providerParty = await createProviderParty(payload, world, { assignedFirm: world.users.firmA.id })
  const openCase = (responsible: User) =>
    payload.create({
      collection: SLUGS.cases,
      data: { debtor: world.parties.debtorBog.id, responsible: responsible.id, debtLines: [{ period: '2026-03', concept: 'APORTES_EN_MORA', capital: 1_000_000, dueDate: '2026-03-16' }] } as never,
      overrideAccess: true,
      depth: 0,
      context: { asOf: '2026-04-01' },
    }) as Promise<Case>
  caseOfCm = await openCase(world.users.collectionsManager)
  caseOfProfessional = await openCase(world.users.professionalBog)
  // Flagged after the cases are open (an insolvent debtor gets no new case, R-COB-09).
  await payload.update({
    collection: SLUGS.parties,
    id: world.parties.debtorBog.id,
    data: { reportedToBdme: true, bdmeReportedAt: '2026-05-04', cannotBeLocated: true, insolvencyStatus: 'REORGANIZACION', insolvencySince: '2026-04-01' },
    overrideAccess: true,
  })
})

describe('what external roles read of a party (issue 8, finding 4)', () => {
  it('R-ROL-02 brokers and providers read their parties without the internal fields, through every channel', async () => {
    for (const role of EXTERNAL) {
      const seen = await partyThroughEveryChannel(world.users[role], ownPartyOf(role).id)
      for (const channel of ['local', 'rest'] as const) {
        expect(seen[channel].displayName, `${role} ${channel}`).toBeTruthy()
        for (const field of INTERNAL_PARTY_FIELDS) expect(seen[channel], `${role} ${channel} ${field}`).not.toHaveProperty(field)
      }
      for (const field of INTERNAL_PARTY_FIELDS) expect(seen.graphql[field] ?? null, `${role} graphql ${field}`).toBeNull()
    }
  }, 300_000)

  it('R-ROL-01 internal staff who see the party still read the internal fields', async () => {
    for (const role of ['admin', 'collectionsManager', 'branchManagerBog', 'professionalBog', 'firmA', 'executor', 'legal'] as WorldRole[]) {
      const seen = await partyThroughEveryChannel(world.users[role], world.parties.debtorBog.id)
      for (const channel of ['local', 'rest'] as const) {
        expect(seen[channel].claves, `${role} ${channel}`).toEqual([world.claves.claveA, world.claves.claveB].sort())
        expect(seen[channel].reportedToBdme, `${role} ${channel}`).toBe(true)
        expect(seen[channel].assignedFirm, `${role} ${channel}`).toBe(world.users.firmA.id)
      }
      expect(seen.graphql.insolvencyStatus, role).toBe('REORGANIZACION')
      expect(seen.graphql.claves, role).toHaveLength(2)
    }
  }, 300_000)

  it('R-ROL-02 a broker cannot learn which other claves share its client by filtering on claves', async () => {
    for (const [role, other] of [['brokerA', world.claves.claveB], ['brokerB', world.claves.claveA]] as const) {
      await expectQueryRefused(
        world.users[role],
        'parties',
        { where: { claves: { equals: other } }, rest: `where[claves][equals]=${other}`, graphqlWhere: `{ claves: { equals: "${other}" } }` },
        'R-ROL-02',
      )
    }
  })

  it('R-ROL-02 brokers and providers cannot filter or sort parties by any internal field', async () => {
    for (const role of EXTERNAL) {
      for (const field of INTERNAL_PARTY_FIELDS) {
        await expectQueryRefused(
          world.users[role],
          'parties',
          { where: { [field]: { exists: true } }, rest: `where[${field}][exists]=true`, graphqlWhere: `{ ${field}: ${GRAPHQL_FILTER[field]} }` },
          'R-ROL-02',
        )
        await expectQueryRefused(world.users[role], 'parties', { sort: `-${field}`, rest: `sort=-${field}`, graphqlSort: `-${field}` }, 'R-ROL-02')
      }
    }
  }, 300_000)

  it('R-ROL-02 Payload 3.90 itself refuses a where on a field the user cannot read (below our hook)', async () => {
    const req = await createLocalReq({ user: { ...world.users.brokerA, collection: 'users' } as never }, payload)
    await expect(
      validateQueryPaths({
        collectionConfig: payload.collections.parties.config,
        overrideAccess: false,
        req,
        where: { claves: { equals: world.claves.claveB } },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/cannot be queried: claves/) })
  })

  it('R-ROL-01 internal staff still filter and sort parties by the internal fields', async () => {
    for (const role of ['admin', 'collectionsManager', 'professionalBog', 'firmA', 'executor', 'legal'] as WorldRole[]) {
      const client = await api.as(world.users[role])
      const res = await client.rest('GET', `/parties?depth=0&where[claves][equals]=${world.claves.claveB}&sort=-reportedToBdme`)
      expect(res.status, `${role} ${JSON.stringify(res.body)}`).toBe(200)
      expect(res.body.docs.map((d: Party) => d.id), role).toContain(world.parties.debtorBog.id)
    }
  })
})

describe('query paths through relationships (issue 8, finding 4)', () => {
  it('R-ROL-02 a broker cannot probe the firm assigned to its client through assignedFirm.email', async () => {
    const email = world.users.firmA.email
    for (const role of EXTERNAL) {
      await expectQueryRefused(
        world.users[role],
        'parties',
        { where: { 'assignedFirm.email': { equals: email } }, rest: `where[assignedFirm.email][equals]=${encodeURIComponent(email)}`, graphqlWhere: `{ assignedFirm: { equals: ${world.users.firmA.id} } }` },
        'R-ROL-02',
      )
    }
  })

  it('R-ROL-02 a where or sort into a collection the user cannot read at all (branches, for portals) is refused', async () => {
    for (const role of EXTERNAL) {
      await expectQueryRefused(
        world.users[role],
        'policies',
        { where: { 'branch.name': { like: 'Bogotá' } }, sort: 'branch.name', rest: 'where[branch.name][like]=Bogot%C3%A1', graphqlSort: 'branch.name' },
        'R-ROL-02',
      )
    }
  })

  it('R-ROL-02 a broker cannot reach a holder\'s internal fields from its policies', async () => {
    await expectQueryRefused(
      world.users.brokerA,
      'policies',
      { where: { 'holder.claves': { equals: world.claves.claveB } }, rest: `where[holder.claves][equals]=${world.claves.claveB}`, graphqlSort: 'holder.claves' },
      'R-ROL-02',
    )
  })

  it('R-ROL-02 a broker filters its policies by holder id, but not through the holder (it reads parties only in part)', async () => {
    const client = await api.as(world.users.brokerA)
    const byId = await client.rest('GET', `/policies?depth=0&where[holder][equals]=${world.parties.debtorBog.id}`)
    expect(byId.status, JSON.stringify(byId.body)).toBe(200)
    expect(byId.body.docs.map((p: { clave: string }) => p.clave)).toEqual([world.claves.claveA])
    // Through the holder: refused (Payload 3.90 answers 500 here without the hook).
    await expectQueryRefused(
      world.users.brokerA,
      'policies',
      { where: { 'holder.idNumber': { equals: world.parties.debtorBog.idNumber } }, rest: `where[holder.idNumber][equals]=${world.parties.debtorBog.idNumber}`, graphqlSort: 'holder.idNumber' },
      'R-ROL-02',
    )
  })

  it('R-ROL-01 a branch professional cannot probe cases by responsible.email (it reads only itself among users)', async () => {
    const user = world.users.professionalBog
    const email = world.users.collectionsManager.email
    await expectQueryRefused(
      user,
      'cases',
      { where: { 'responsible.email': { equals: email } }, rest: `where[responsible.email][equals]=${encodeURIComponent(email)}`, graphqlSort: 'responsible.email' },
      'R-ROL-01',
    )
    await expectQueryRefused(user, 'cases', { sort: 'responsible.email', rest: 'sort=responsible.email', graphqlSort: 'responsible.email' }, 'R-ROL-01')
    // By id, its own cases answer as before.
    const mine = await (await api.as(user)).rest('GET', `/cases?depth=0&where[responsible][equals]=${user.id}`)
    expect(mine.body.docs.map((c: Case) => c.id)).toEqual([caseOfProfessional.id])
  })

  it('R-ROL-01 the administrator and the collections manager, who read every user, may filter and sort cases by responsible.email', async () => {
    for (const role of ['admin', 'collectionsManager'] as WorldRole[]) {
      const client = await api.as(world.users[role])
      const res = await client.rest('GET', `/cases?depth=0&sort=responsible.email&where[debtor][equals]=${world.parties.debtorBog.id}`)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.docs).toHaveLength(2)
      const byEmail = await client.rest('GET', `/cases?depth=0&where[responsible.email][equals]=${encodeURIComponent(world.users.collectionsManager.email)}`)
      expect(byEmail.body.docs.map((c: Case) => c.id)).toEqual([caseOfCm.id])
    }
  })
})

describe("Payload's jobs collection and its stats global: administrators only (issue 8, finding 4)", () => {
  it('R-ROL-01 only the administrator reads payload-jobs-stats and payload-jobs, through every channel', async () => {
    for (const [role, user] of everyUser(world)) {
      const client = await api.as(user)
      const stats = await client.rest('GET', '/globals/payload-jobs-stats')
      const jobs = await client.rest('GET', '/payload-jobs?depth=0')
      const statsLocal = payload.findGlobal({ slug: 'payload-jobs-stats' as never, overrideAccess: false, user })
      const jobsLocal = payload.find({ collection: 'payload-jobs', overrideAccess: false, user, depth: 0 })
      if (role === 'admin') {
        expect(stats.status, JSON.stringify(stats.body)).toBe(200)
        expect(jobs.status, JSON.stringify(jobs.body)).toBe(200)
        await expect(statsLocal).resolves.toBeDefined()
        await expect(jobsLocal).resolves.toBeDefined()
      } else {
        expectRestDenied(stats, [403])
        expectRestDenied(jobs, [403])
        await expectLocalDenied(statsLocal)
        await expectLocalDenied(jobsLocal)
        expectRestDenied(await client.rest('POST', '/globals/payload-jobs-stats', { stats: { forged: true } }), [403])
        expectRestDenied(await client.rest('POST', '/payload-jobs', { taskSlug: 'deadlineSweep', input: {} }), [403])
      }
    }
    expectRestDenied(await api.anonymous.rest('GET', '/globals/payload-jobs-stats'), [401, 403])
    expectRestDenied(await api.anonymous.rest('GET', '/payload-jobs'), [401, 403])
  }, 300_000)
})
