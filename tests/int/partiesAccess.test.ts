import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Party, User } from '@/payload-types'
import { ROLES } from '@/auth/roles'
import { buildAccessWorld, createProviderParty, PASSWORD, type AccessWorld } from './helpers/accessWorld'
import { countRows, createParty, createPolicy, randomDigits, storedRow } from './helpers/fixtures'
import { expectGraphQLDenied, expectGraphQLRule, expectLocalDenied, expectLocalRule, expectRestDenied, expectRestRule } from './helpers/refusals'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
/** The provider's own company as a party: its idNumber is the provider's NIT. */
let providerParty: Party

const ids = (docs: { id: number }[]) => docs.map((d) => d.id).sort((a, b) => a - b)

/** Which of `candidates` the user reads, asked the same way through the Local API, REST and GraphQL. */
const partiesSeenBy = async (user: User, candidates: Party[]) => {
  const candidateIds = ids(candidates)
  const local = await payload.find({
    collection: SLUGS.parties,
    where: { id: { in: candidateIds } },
    overrideAccess: false,
    user,
    depth: 0,
    pagination: false,
  })
  const client = await api.as(user)
  const rest = await client.rest('GET', `/parties?depth=0&limit=100&where[id][in]=${candidateIds.join(',')}`)
  expect(rest.status, JSON.stringify(rest.body)).toBe(200)
  // GraphQL's id filter has no `in`: one `equals` per candidate.
  const gql = await client.graphql(`query ($where: Party_where) { Parties(where: $where, limit: 100) { docs { id } } }`, {
    where: { OR: candidateIds.map((id) => ({ id: { equals: id } })) },
  })
  expect(gql.body.errors, JSON.stringify(gql.body.errors)).toBeUndefined()
  return { local: ids(local.docs), rest: ids(rest.body.docs), graphql: ids(gql.body.data.Parties.docs) }
}

/** The same answer from every channel. */
const everywhere = (parties: Party[]) => {
  const expected = ids(parties)
  return { local: expected, rest: expected, graphql: expected }
}

/** A party as a client sends it (GraphQL requires the select fields that have a default). */
const newPartyData = (data: Record<string, unknown>) => ({
  idType: 'CC',
  idNumber: `1${randomDigits(9)}`,
  insolvencyStatus: 'NINGUNO',
  ...data,
})

const worldParties = () => [world.parties.debtorBog, world.parties.debtorMed, providerParty]

/** Reading one party by id, refused through every channel; nothing is returned. */
const expectCannotReadById = async (user: User, party: Party) => {
  await expectLocalDenied(
    payload.findByID({ collection: SLUGS.parties, id: party.id, overrideAccess: false, user, depth: 0 }),
    [403, 404],
  )
  const client = await api.as(user)
  expectRestDenied(await client.rest('GET', `/parties/${party.id}?depth=0`), [403, 404])
  expectGraphQLDenied(await client.graphql(`query ($id: Int!) { Party(id: $id) { id } }`, { id: party.id }), 'Party', [
    403, 404,
  ])
}

/** An update refused through the Local API, REST PATCH and GraphQL `updateParty`; the row is left exactly as it was. */
const expectCannotUpdate = async (user: User, party: Party, data: Record<string, unknown>) => {
  const before = await storedRow(payload, SLUGS.parties, party.id)
  await expectLocalDenied(
    payload.update({ collection: SLUGS.parties, id: party.id, data, overrideAccess: false, user, depth: 0 }),
    [403, 404],
  )
  const client = await api.as(user)
  expectRestDenied(await client.rest('PATCH', `/parties/${party.id}`, data), [403, 404])
  expectGraphQLDenied(
    await client.graphql(
      `mutation ($id: Int!, $data: mutationPartyUpdateInput!) { updateParty(id: $id, data: $data) { id } }`,
      { id: party.id, data },
    ),
    'updateParty',
    [403, 404],
  )
  expect(await storedRow(payload, SLUGS.parties, party.id)).toEqual(before)
}

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  providerParty = await createProviderParty(payload, world)
})

describe('parties: who reads what (Local API, REST and GraphQL)', () => {
  it('R-ROL-02 a broker sees only the parties whose claves include its clave', async () => {
    expect((await storedRow(payload, SLUGS.parties, world.parties.debtorBog.id)).claves).toEqual([world.claves.claveA])
    expect(await partiesSeenBy(world.users.brokerA, worldParties())).toEqual(everywhere([world.parties.debtorBog]))
    expect(await partiesSeenBy(world.users.brokerB, worldParties())).toEqual(everywhere([world.parties.debtorMed]))
  })

  it('R-ROL-01 a branch professional and a branch manager see only the parties of their branch', async () => {
    const bogota = [world.parties.debtorBog, providerParty]
    expect(await partiesSeenBy(world.users.professionalBog, worldParties())).toEqual(everywhere(bogota))
    expect(await partiesSeenBy(world.users.branchManagerBog, worldParties())).toEqual(everywhere(bogota))
    expect(await partiesSeenBy(world.users.professionalMed, worldParties())).toEqual(everywhere([world.parties.debtorMed]))
  })

  it('R-ROL-01 an external firm sees only the parties assigned to it', async () => {
    expect(await partiesSeenBy(world.users.firmA, worldParties())).toEqual(everywhere([world.parties.debtorBog]))
    expect(await partiesSeenBy(world.users.firmB, worldParties())).toEqual(everywhere([world.parties.debtorMed]))
  })

  it('R-ROL-02 a provider sees only the party whose identification number is its NIT', async () => {
    expect(await partiesSeenBy(world.users.provider, worldParties())).toEqual(everywhere([providerParty]))
  })

  it('R-ROL-02 a provider does not see a person whose cédula has the same digits as its NIT', async () => {
    const namesake = await createParty(payload, {
      idType: 'CC',
      idNumber: world.users.provider.nit!,
      firstName: 'Homónimo',
      branch: world.branches.med.id,
    })
    expect(await partiesSeenBy(world.users.provider, [providerParty, namesake])).toEqual(everywhere([providerParty]))
  })

  it('R-ROL-02 a clave taken away by the administrator stops showing its parties at once, in an open session', async () => {
    const broker = await payload.create({
      collection: SLUGS.users,
      data: { email: `broker-c-${world.tag}@test.co`, password: PASSWORD, name: 'broker-c', role: ROLES.broker, claves: [world.claves.claveA] },
      overrideAccess: true,
    })
    expect(await partiesSeenBy(broker, worldParties())).toEqual(everywhere([world.parties.debtorBog]))
    const admin = await api.as(world.users.admin)
    expect((await admin.rest('PATCH', `/users/${broker.id}`, { claves: [world.claves.claveB] })).status).toBe(200)
    // Same REST/GraphQL session as before (clientFor keeps it): the token still carries the old clave.
    const revoked = await payload.findByID({ collection: SLUGS.users, id: broker.id, overrideAccess: true })
    expect(await partiesSeenBy(revoked, worldParties())).toEqual(everywhere([world.parties.debtorMed]))
  })

  it('R-ROL-01 national roles see the parties of every branch', async () => {
    for (const role of ['admin', 'collectionsManager', 'executor', 'legal'] as const) {
      expect(await partiesSeenBy(world.users[role], worldParties())).toEqual(everywhere(worldParties()))
    }
  })

  it('R-ROL-02 a broker, a branch professional, a firm and a provider cannot read another\'s party by id', async () => {
    await expectCannotReadById(world.users.brokerA, world.parties.debtorMed)
    await expectCannotReadById(world.users.professionalBog, world.parties.debtorMed)
    await expectCannotReadById(world.users.firmB, world.parties.debtorBog)
    await expectCannotReadById(world.users.provider, world.parties.debtorBog)
  })

  it('R-ROL-02 anonymous visitors and editors are refused parties', async () => {
    await expectLocalDenied(payload.find({ collection: SLUGS.parties, overrideAccess: false, depth: 0 }))
    expectRestDenied(await api.anonymous.rest('GET', '/parties'))
    expectGraphQLDenied(await api.anonymous.graphql(`{ Parties { docs { id } } }`), 'Parties')

    const editor = world.users.editor
    await expectLocalDenied(payload.find({ collection: SLUGS.parties, overrideAccess: false, user: editor, depth: 0 }))
    expectRestDenied(await (await api.as(editor)).rest('GET', '/parties'))
    expectGraphQLDenied(await (await api.as(editor)).graphql(`{ Parties { docs { id } } }`), 'Parties')
  })
})

describe('parties follow the claves of their policies (policies afterChange/afterDelete hooks)', () => {
  const newHolders = async () => ({
    first: await createParty(payload, { firstName: 'Primero', branch: world.branches.bog.id }),
    second: await createParty(payload, { firstName: 'Segundo', branch: world.branches.bog.id }),
  })

  it('R-ROL-02 changing a policy\'s clave moves its holder from one broker\'s view to the other\'s', async () => {
    const { first } = await newHolders()
    const policy = await createPolicy(payload, { holder: first.id, branch: world.branches.bog.id, clave: world.claves.claveA })
    expect(await partiesSeenBy(world.users.brokerA, [first])).toEqual(everywhere([first]))
    expect(await partiesSeenBy(world.users.brokerB, [first])).toEqual(everywhere([]))

    const prof = await api.as(world.users.professionalBog)
    const patch = await prof.rest('PATCH', `/policies/${policy.id}`, { clave: world.claves.claveB })
    expect(patch.status, JSON.stringify(patch.body)).toBe(200)

    expect((await storedRow(payload, SLUGS.parties, first.id)).claves).toEqual([world.claves.claveB])
    expect(await partiesSeenBy(world.users.brokerA, [first])).toEqual(everywhere([]))
    expect(await partiesSeenBy(world.users.brokerB, [first])).toEqual(everywhere([first]))
  })

  it('R-ROL-02 changing a policy\'s holder takes the old holder out of the broker\'s view and puts the new one in', async () => {
    const { first, second } = await newHolders()
    const policy = await createPolicy(payload, { holder: first.id, branch: world.branches.bog.id, clave: world.claves.claveA })
    expect(await partiesSeenBy(world.users.brokerA, [first, second])).toEqual(everywhere([first]))

    await payload.update({
      collection: SLUGS.policies,
      id: policy.id,
      data: { holder: second.id },
      overrideAccess: false,
      user: world.users.admin,
    })

    expect((await storedRow(payload, SLUGS.parties, first.id)).claves).toEqual([])
    expect((await storedRow(payload, SLUGS.parties, second.id)).claves).toEqual([world.claves.claveA])
    expect(await partiesSeenBy(world.users.brokerA, [first, second])).toEqual(everywhere([second]))
  })

  it('R-ROL-02 a holder keeps a clave while another of its policies carries it', async () => {
    const { first } = await newHolders()
    await createPolicy(payload, { holder: first.id, branch: world.branches.bog.id, clave: world.claves.claveA })
    const move = await createPolicy(payload, { holder: first.id, branch: world.branches.bog.id, clave: world.claves.claveA })
    await payload.update({ collection: SLUGS.policies, id: move.id, data: { clave: world.claves.claveB }, overrideAccess: true })

    expect((await storedRow(payload, SLUGS.parties, first.id)).claves).toEqual(
      [world.claves.claveA, world.claves.claveB].sort(),
    )
    expect(await partiesSeenBy(world.users.brokerA, [first])).toEqual(everywhere([first]))
    expect(await partiesSeenBy(world.users.brokerB, [first])).toEqual(everywhere([first]))
  })

  it('R-ROL-02 deleting the policy takes its holder out of the broker\'s view', async () => {
    const { first } = await newHolders()
    const policy = await createPolicy(payload, { holder: first.id, branch: world.branches.bog.id, clave: world.claves.claveA })
    expect(await partiesSeenBy(world.users.brokerA, [first])).toEqual(everywhere([first]))

    const admin = await api.as(world.users.admin)
    const deleted = await admin.rest('DELETE', `/policies/${policy.id}`)
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)

    expect((await storedRow(payload, SLUGS.parties, first.id)).claves).toEqual([])
    expect(await partiesSeenBy(world.users.brokerA, [first])).toEqual(everywhere([]))
  })
})

describe('parties: who writes', () => {
  it('R-ROL-02 a broker cannot update a party, not even one it sees', async () => {
    await expectCannotUpdate(world.users.brokerA, world.parties.debtorBog, { firstName: 'Forjado' })
  })

  it('R-ROL-01 a branch professional cannot update a party of another branch', async () => {
    await expectCannotUpdate(world.users.professionalBog, world.parties.debtorMed, { firstName: 'Forjado' })
  })

  it('R-ROL-01 an external firm and a provider cannot update the parties they see', async () => {
    await expectCannotUpdate(world.users.firmA, world.parties.debtorBog, { cannotBeLocated: true })
    await expectCannotUpdate(world.users.provider, providerParty, { businessName: 'Forjada S.A.S.' })
  })

  it('R-ROL-01 a branch professional cannot move a party of its branch to another branch', async () => {
    const party = await createParty(payload, { firstName: 'Daniel', branch: world.branches.bog.id })
    const user = world.users.professionalBog
    const data = { branch: world.branches.med.id }
    const message = 'Solo puede registrar información de su propia sucursal.'
    const before = await storedRow(payload, SLUGS.parties, party.id)
    await expectLocalRule(
      payload.update({ collection: SLUGS.parties, id: party.id, data, overrideAccess: false, user }),
      403,
      'R-ROL-01',
      message,
    )
    const client = await api.as(user)
    expectRestRule(await client.rest('PATCH', `/parties/${party.id}`, data), 403, 'R-ROL-01', message)
    expectGraphQLRule(
      await client.graphql(`mutation ($id: Int!, $data: mutationPartyUpdateInput!) { updateParty(id: $id, data: $data) { id } }`, {
        id: party.id,
        data,
      }),
      'updateParty',
      403,
      'R-ROL-01',
      message,
    )
    expect(await storedRow(payload, SLUGS.parties, party.id)).toEqual(before)
  })

  it('R-ROL-02 nobody types a party\'s claves: they come only from its policies', async () => {
    const party = await createParty(payload, { firstName: 'Elena', branch: world.branches.bog.id })
    await createPolicy(payload, { holder: party.id, branch: world.branches.bog.id, clave: world.claves.claveA })
    // Field access drops a typed value (the rest of the write goes through), for staff and administrators alike.
    for (const user of [world.users.professionalBog, world.users.admin]) {
      const res = await (await api.as(user)).rest('PATCH', `/parties/${party.id}`, { claves: [world.claves.claveB] })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect((await storedRow(payload, SLUGS.parties, party.id)).claves).toEqual([world.claves.claveA])
    }
    const created = await (await api.as(world.users.professionalBog)).rest(
      'POST',
      '/parties?depth=0',
      newPartyData({ firstName: 'Forjada', claves: [world.claves.claveB] }),
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect((await storedRow(payload, SLUGS.parties, created.body.doc.id)).claves).toEqual([])
    const forged = await storedRow(payload, SLUGS.parties, created.body.doc.id)
    expect(await partiesSeenBy(world.users.brokerB, [party, forged as Party])).toEqual(everywhere([]))
  })

  it('R-ROL-01 a branch professional updates a party of its own branch', async () => {
    const party = await createParty(payload, { firstName: 'Carla', lastName: 'Ríos', branch: world.branches.bog.id })
    const prof = await api.as(world.users.professionalBog)
    const res = await prof.rest('PATCH', `/parties/${party.id}?depth=0`, { lastName: 'Ríos Pardo' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const stored = await storedRow(payload, SLUGS.parties, party.id)
    expect(stored.lastName).toBe('Ríos Pardo')
    expect(stored.displayName).toBe('Carla Ríos Pardo')
  })

  it('R-ROL-01 a branch professional cannot create a party in another branch (403), through any channel', async () => {
    const user = world.users.professionalBog
    const data = newPartyData({ firstName: 'Intruso', branch: world.branches.med.id })
    const created = { idNumber: { equals: data.idNumber } }
    const message = 'Solo puede registrar información de su propia sucursal.'
    const before = await countRows(payload, SLUGS.parties)

    await expectLocalRule(
      payload.create({ collection: SLUGS.parties, data: data as any, overrideAccess: false, user }),
      403,
      'R-ROL-01',
      message,
    )
    const client = await api.as(user)
    expectRestRule(await client.rest('POST', '/parties', data), 403, 'R-ROL-01', message)
    expectGraphQLRule(
      await client.graphql(`mutation ($data: mutationPartyInput!) { createParty(data: $data) { id } }`, { data }),
      'createParty',
      403,
      'R-ROL-01',
      message,
    )

    expect(await countRows(payload, SLUGS.parties, created)).toBe(0)
    expect(await countRows(payload, SLUGS.parties)).toBe(before)
  })

  it('R-ROL-01 a party created by branch staff without a branch is filed in the staff member\'s branch', async () => {
    const prof = await api.as(world.users.professionalMed)
    const res = await prof.rest('POST', '/parties?depth=0', newPartyData({ firstName: 'Sin', lastName: 'Sucursal' }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect((await storedRow(payload, SLUGS.parties, res.body.doc.id)).branch).toBe(world.branches.med.id)

    const local = await payload.create({
      collection: SLUGS.parties,
      data: newPartyData({ firstName: 'Local' }) as any,
      overrideAccess: false,
      user: world.users.professionalBog,
      depth: 0,
    })
    expect(local.branch).toBe(world.branches.bog.id)
  })

  it('R-ROL-02 a broker cannot create a party', async () => {
    const data = newPartyData({ firstName: 'Forjado', branch: world.branches.bog.id })
    const client = await api.as(world.users.brokerA)
    await expectLocalDenied(
      payload.create({ collection: SLUGS.parties, data: data as any, overrideAccess: false, user: world.users.brokerA }),
    )
    expectRestDenied(await client.rest('POST', '/parties', data))
    expectGraphQLDenied(
      await client.graphql(`mutation ($data: mutationPartyInput!) { createParty(data: $data) { id } }`, { data }),
      'createParty',
    )
    expect(await countRows(payload, SLUGS.parties, { idNumber: { equals: data.idNumber } })).toBe(0)
  })
})
