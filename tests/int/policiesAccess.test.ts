import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld

const numbersSeenBy = async (user: any) => {
  const { docs } = await payload.find({
    collection: SLUGS.policies,
    where: { number: { in: [world.policies.policyBog.number, world.policies.policyMed.number] } },
    overrideAccess: false,
    user,
    depth: 0,
  })
  return docs.map((d) => d.number).sort()
}

beforeAll(async () => {
  world = await buildAccessWorld(payload)
})

describe('policies: who sees what (Local API, overrideAccess: false)', () => {
  it('R-ROL-02 a broker sees only the policies of its own claves', async () => {
    expect(await numbersSeenBy(world.users.brokerA)).toEqual([world.policies.policyBog.number])
    expect(await numbersSeenBy(world.users.brokerB)).toEqual([world.policies.policyMed.number])
  })

  it('R-ROL-01 a branch professional sees only its branch', async () => {
    expect(await numbersSeenBy(world.users.professionalBog)).toEqual([world.policies.policyBog.number])
    expect(await numbersSeenBy(world.users.professionalMed)).toEqual([world.policies.policyMed.number])
  })

  it('R-ROL-01 an external firm sees only the policies of debtors assigned to it', async () => {
    expect(await numbersSeenBy(world.users.firmA)).toEqual([world.policies.policyBog.number])
    expect(await numbersSeenBy(world.users.firmB)).toEqual([world.policies.policyMed.number])
  })

  it('R-ROL-02 a provider sees no policies; an editor is refused them', async () => {
    expect(await numbersSeenBy(world.users.provider)).toEqual([])
    await expect(numbersSeenBy(world.users.editor)).rejects.toThrow(/permiso|not allowed/i)
  })

  it('R-ROL-01 national roles see every branch', async () => {
    const both = [world.policies.policyBog.number, world.policies.policyMed.number].sort()
    for (const role of ['admin', 'collectionsManager', 'executor', 'legal'] as const) {
      expect(await numbersSeenBy(world.users[role])).toEqual(both)
    }
  })

  it('R-ROL-02 a broker cannot read another clave\'s policy by id, nor change it', async () => {
    await expect(
      payload.findByID({ collection: SLUGS.policies, id: world.policies.policyMed.id, overrideAccess: false, user: world.users.brokerA }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: SLUGS.policies,
        id: world.policies.policyMed.id,
        data: { totalDue: 1 },
        overrideAccess: false,
        user: world.users.brokerA,
      }),
    ).rejects.toThrow()
    const untouched = await payload.findByID({ collection: SLUGS.policies, id: world.policies.policyMed.id, depth: 0 })
    expect(untouched.totalDue).toBe(1_428_000)
  })

  it('R-ROL-01 a branch professional cannot change a policy of another branch', async () => {
    await expect(
      payload.update({
        collection: SLUGS.policies,
        id: world.policies.policyMed.id,
        data: { totalDue: 5 },
        overrideAccess: false,
        user: world.users.professionalBog,
      }),
    ).rejects.toThrow()
    const untouched = await payload.findByID({ collection: SLUGS.policies, id: world.policies.policyMed.id, depth: 0 })
    expect(untouched.totalDue).toBe(1_428_000)
  })
})

describe('policies over REST and GraphQL', () => {
  it('R-ROL-02 a broker logged in over REST lists only its own clave\'s policies', async () => {
    const broker = await api.login(world.users.brokerA.email)
    const res = await broker.rest('GET', `/policies?limit=100&where[number][like]=${world.tag}&depth=0`)
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: any) => d.number)).toEqual([world.policies.policyBog.number])
    expect(res.body.docs[0].clave).toBe(world.claves.claveA)
  })

  it('R-ROL-02 a broker gets 403/404 for another clave\'s policy over REST and cannot patch it', async () => {
    const broker = await api.login(world.users.brokerA.email)
    const read = await broker.rest('GET', `/policies/${world.policies.policyMed.id}`)
    expect([403, 404]).toContain(read.status)
    const patch = await broker.rest('PATCH', `/policies/${world.policies.policyMed.id}`, { totalDue: 3 })
    expect([403, 404]).toContain(patch.status)
    const untouched = await payload.findByID({ collection: SLUGS.policies, id: world.policies.policyMed.id, depth: 0 })
    expect(untouched.totalDue).toBe(1_428_000)
  })

  it('R-ROL-02 a broker logged in over GraphQL lists only its own clave\'s policies', async () => {
    const broker = await api.login(world.users.brokerB.email)
    const res = await broker.graphql(
      `query ($tag: String) { Policies(where: { number: { like: $tag } }, limit: 100) { docs { number clave } } }`,
      { tag: world.tag },
    )
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Policies.docs).toEqual([{ number: world.policies.policyMed.number, clave: world.claves.claveB }])
  })

  it('R-ROL-02 a provider sees no policies over REST or GraphQL', async () => {
    const provider = await api.login(world.users.provider.email)
    const rest = await provider.rest('GET', `/policies?where[number][like]=${world.tag}`)
    expect(rest.status).toBe(200)
    expect(rest.body.docs).toEqual([])
    const gql = await provider.graphql(`{ Policies(limit: 100) { docs { number } } }`)
    expect(gql.body.data.Policies.docs).toEqual([])
  })

  it('R-ROL-02 anonymous visitors are refused policies over REST and GraphQL', async () => {
    const rest = await api.anonymous.rest('GET', '/policies')
    expect([401, 403]).toContain(rest.status)
    const gql = await api.anonymous.graphql(`{ Policies { docs { number } } }`)
    expect(gql.body.data?.Policies ?? null).toBeNull()
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed|no está permitido|permiso/i)
  })

  it('R-ROL-01 a branch professional over REST sees only its branch', async () => {
    const prof = await api.login(world.users.professionalMed.email)
    const res = await prof.rest('GET', `/policies?where[number][like]=${world.tag}&depth=0`)
    expect(res.body.docs.map((d: any) => d.number)).toEqual([world.policies.policyMed.number])
  })
})
