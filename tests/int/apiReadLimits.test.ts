import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { MAX_API_LIMIT } from '@/http/readLimits'
import { MAX_GRAPHQL_DEPTH } from '@/http/graphqlDepthLimit'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
let admin: ApiClient
let professional: ApiClient
let city: string

const ROWS = MAX_API_LIMIT + 5

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  admin = await api.as(world.users.admin)
  professional = await api.as(world.users.professionalBog)
  city = `Tope ${world.tag}`
  for (let i = 0; i < ROWS; i++) {
    await payload.create({
      collection: SLUGS.branches,
      data: { code: `L${world.tag}${i}`, name: `Sucursal ${i}`, city },
      overrideAccess: true,
      depth: 0,
    })
  }
  // A chain of three relationships: policy → holder (party) → assigned firm (user) → branch.
  await payload.update({ collection: SLUGS.users, id: world.users.firmA.id, data: { branch: world.branches.bog.id }, overrideAccess: true })
})

const restBranches = (client: ApiClient, query: string) =>
  client.rest('GET', `/${SLUGS.branches}?where[city][equals]=${encodeURIComponent(city)}&depth=0&${query}`)

const graphqlBranches = (client: ApiClient, args: string) =>
  client.graphql(`query ($city: String) { Branches(where: { city: { equals: $city } }, ${args}) { totalDocs limit docs { id } } }`, {
    city,
  })

describe('API reads are capped so one request cannot dump a collection', () => {
  it.each(['limit=0', 'pagination=false', 'limit=0&pagination=false', `limit=${ROWS}`, 'limit=100000'])(
    'REST ?%s returns at most the cap, and says so',
    async (query) => {
      for (const client of [admin, professional]) {
        const res = await restBranches(client, query)
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        expect(res.body.docs).toHaveLength(MAX_API_LIMIT)
        expect(res.body).toMatchObject({ totalDocs: ROWS, limit: MAX_API_LIMIT, hasNextPage: true })
      }
    },
  )

  it('REST pages through the rest, and a limit under the cap is kept', async () => {
    const second = await restBranches(admin, 'limit=0&page=2')
    expect(second.body.docs).toHaveLength(ROWS - MAX_API_LIMIT)
    expect((await restBranches(admin, 'limit=7')).body.docs).toHaveLength(7)
  })

  it.each(['limit: 0', 'pagination: false', `limit: ${ROWS}`])('GraphQL (%s) returns at most the cap', async (args) => {
    const res = await graphqlBranches(admin, args)
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Branches.docs).toHaveLength(MAX_API_LIMIT)
    expect(res.body.data.Branches).toMatchObject({ totalDocs: ROWS, limit: MAX_API_LIMIT })
  })

  it('the Local API (exports, sweep, seed) keeps its own paging, with or without access checks', async () => {
    const where = { city: { equals: city } }
    const asUser = await payload.find({
      collection: SLUGS.branches,
      where,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: world.users.admin,
    })
    expect(asUser.docs).toHaveLength(ROWS)
    const asSystem = await payload.find({ collection: SLUGS.branches, where, limit: 0, depth: 0, overrideAccess: true })
    expect(asSystem.docs).toHaveLength(ROWS)
  })
})

describe('API reads populate relationships at most two levels deep', () => {
  it('REST ?depth=9 populates the holder and its firm but leaves the firm\'s branch as an id', async () => {
    const res = await admin.rest('GET', `/${SLUGS.policies}?where[id][equals]=${world.policies.policyBog.id}&depth=9&limit=0`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const holder = res.body.docs[0].holder
    expect(holder).toMatchObject({ id: world.parties.debtorBog.id })
    expect(holder.assignedFirm).toMatchObject({ id: world.users.firmA.id })
    expect(holder.assignedFirm.branch).toBe(world.branches.bog.id)

    const byId = await admin.rest('GET', `/${SLUGS.policies}/${world.policies.policyBog.id}?depth=9`)
    expect(byId.body.holder.assignedFirm.branch).toBe(world.branches.bog.id)
  })

  it(`GraphQL queries deeper than ${MAX_GRAPHQL_DEPTH} levels are refused before they run`, async () => {
    const deep = await admin.graphql(
      `query ($id: Int!) { Policy(id: $id) { holder { assignedFirm { branch { id } } } } }`,
      { id: world.policies.policyBog.id },
    )
    expect(deep.body.errors).toBeUndefined()
    expect(deep.body.data.Policy.holder.assignedFirm.branch.id).toBe(world.branches.bog.id)

    const tooDeep = await admin.graphql(`query { Requests(limit: 0) { docs { policy { holder { assignedFirm { branch { id } } } } } } }`)
    expect(tooDeep.body.data ?? null).toBeNull()
    expect(tooDeep.body.errors[0].message).toBe(`La consulta tiene 7 niveles de anidamiento; el máximo es ${MAX_GRAPHQL_DEPTH}.`)
  })

  it('GraphQL counts the levels inside fragments too', async () => {
    const res = await admin.graphql(
      `query { Requests { ...deep } }
       fragment deep on Requests { docs { policy { holder { assignedFirm { branch { id } } } } } }`,
    )
    expect(res.body.errors?.[0]?.message).toBe(`La consulta tiene 7 niveles de anidamiento; el máximo es ${MAX_GRAPHQL_DEPTH}.`)
  })
})
