import { canAccessAdmin, createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { canUseAdminPanel } from '../../access/canUseAdminPanel'
import { EXTERNAL_ROLES, ROLE_OPTIONS, ROLES, type Role } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { buildAccessWorld, createTestUser, PASSWORD, type AccessWorld } from './helpers/accessWorld'
import { debtLine, setLegalSettings2026 } from './helpers/caseWorld'
import { countRows, randomDigits, storedRow } from './helpers/fixtures'
import { expectGraphQLDenied, expectGraphQLRule, expectLocalDenied, expectLocalRule, expectRestDenied, expectRestRule } from './helpers/refusals'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld

const UPDATE_USER = `mutation ($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id name } }`

const createUser = (role: Role, extra: Record<string, unknown> = {}) => createTestUser(payload, world, role, extra)

beforeAll(async () => {
  world = await buildAccessWorld(payload)
})

describe('users: portals read only themselves; staff read other users\' names, the managers of users everything', () => {
  it('R-ROL-02 a broker reads only itself: /api/users/me, the users list, GraphQL and the Local API', async () => {
    const broker = world.users.brokerA
    const client = await api.as(broker)

    const me = await client.rest('GET', '/users/me')
    expect(me.status).toBe(200)
    expect(me.body.user).toMatchObject({ id: broker.id, email: broker.email, role: ROLES.broker, claves: [world.claves.claveA] })

    const list = await client.rest('GET', '/users?limit=100&depth=0')
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(1)
    expect(list.body.docs.map((u: User) => u.id)).toEqual([broker.id])

    const gql = await client.graphql(`{ meUser { user { id } } Users(limit: 100) { totalDocs docs { id } } }`)
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data).toEqual({ meUser: { user: { id: broker.id } }, Users: { totalDocs: 1, docs: [{ id: broker.id }] } })

    const local = await payload.find({ collection: SLUGS.users, overrideAccess: false, user: broker, depth: 0 })
    expect(local.docs.map((u) => u.id)).toEqual([broker.id])
  })

  it('R-ROL-02 a broker or provider cannot read another user (Local API, REST, GraphQL)', async () => {
    const pairs: [User, User][] = [
      [world.users.brokerA, world.users.brokerB],
      [world.users.brokerA, world.users.professionalBog],
      [world.users.provider, world.users.brokerA],
      [world.users.provider, world.users.admin],
    ]
    for (const [reader, other] of pairs) {
      await expectLocalDenied(
        payload.findByID({ collection: SLUGS.users, id: other.id, overrideAccess: false, user: reader }),
        [403, 404],
      )
      const client = await api.as(reader)
      expectRestDenied(await client.rest('GET', `/users/${other.id}`), [403, 404])
      expectGraphQLDenied(await client.graphql(`query ($id: Int!) { User(id: $id) { id name } }`, { id: other.id }), 'User', [
        403, 404,
      ])
    }
  })

  it('R-ROL-01 other staff read a user\'s name, role, branch and firm, never its e-mail, phone, claves, NIT or active flag', async () => {
    // Out of the world's tag, so the other tests' counts of the world's users stay as they are.
    const secret = await createUser(ROLES.broker, { email: `privado-${randomDigits(8)}@test.co`, claves: ['55501'], phone: '3001234567', name: 'Intermediario Privado' })
    const provider = await createUser(ROLES.provider, { email: `privado-${randomDigits(8)}@test.co`, nit: `9${randomDigits(8)}`, name: 'Prestador Privado' })
    const PRIVATE = ['email', 'phone', 'claves', 'nit', 'active'] as const
    for (const reader of [world.users.branchManagerBog, world.users.professionalMed, world.users.firmA, world.users.editor]) {
      for (const other of [secret, provider, world.users.admin]) {
        const local = await payload.findByID({ collection: SLUGS.users, id: other.id, overrideAccess: false, user: reader, depth: 0 })
        expect(local.name).toBe(other.name)
        expect(local.role).toBe(other.role)
        const client = await api.as(reader)
        const rest = await client.rest('GET', `/users/${other.id}?depth=0`)
        expect(rest.status).toBe(200)
        expect(rest.body.name).toBe(other.name)
        const gql = await client.graphql(`query ($id: Int!) { User(id: $id) { name email phone claves nit active } }`, { id: other.id })
        expect(gql.body.data.User.name).toBe(other.name)
        for (const field of PRIVATE) {
          expect(local[field], `${reader.role} reads ${field} of ${other.role} (Local API)`).toBeUndefined()
          expect(rest.body[field], `${reader.role} reads ${field} of ${other.role} (REST)`).toBeUndefined()
          expect(gql.body.data.User[field] ?? null, `${reader.role} reads ${field} of ${other.role} (GraphQL)`).toBeNull()
        }
      }
      // Its own record stays whole.
      const own = await payload.findByID({ collection: SLUGS.users, id: reader.id, overrideAccess: false, user: reader, depth: 0 })
      expect(own.email).toBe(reader.email)
      expect(own.active).toBe(true)
      // Nor can they find a user by its private data.
      expectRestRule(await (await api.as(reader)).rest('GET', `/users?where[email][like]=${world.tag}`), 403, 'R-ROL-01')
      expectRestRule(await (await api.as(reader)).rest('GET', `/users?sort=phone`), 403, 'R-ROL-01')
    }
  })

  it('R-ROL-01 a case shows its responsible and firm by name to the branch manager who reads it, not by ID', async () => {
    await setLegalSettings2026(payload)
    const opened = await payload.create({
      collection: SLUGS.cases,
      data: { debtor: world.parties.debtorBog.id, debtLines: [debtLine(1_000_000, '2026-06-01')] } as never,
      overrideAccess: false,
      user: world.users.professionalBog,
      depth: 0,
    })
    const caseDoc = await payload.update({
      collection: SLUGS.cases,
      id: opened.id,
      data: { responsible: world.users.professionalBog.id } as never,
      overrideAccess: false,
      user: world.users.branchManagerBog,
      depth: 0,
    })
    const manager = await api.as(world.users.branchManagerBog)
    const res = await manager.rest('GET', `/cases/${caseDoc.id}?depth=1`)
    expect(res.status).toBe(200)
    expect(res.body.responsible).toMatchObject({ id: world.users.professionalBog.id, name: world.users.professionalBog.name })
    expect(res.body.assignedFirm).toMatchObject({ id: world.users.firmA.id, name: world.users.firmA.name, firmName: 'Cobranzas A' })
    expect(res.body.responsible.email).toBeUndefined()
    expect(res.body.assignedFirm.email).toBeUndefined()
  })

  it('R-ROL-01 the administrator and the collections manager read every user', async () => {
    const everyone = Object.values(world.users).map((u) => u.id).sort((a, b) => a - b)
    for (const reader of [world.users.admin, world.users.collectionsManager]) {
      const res = await (await api.as(reader)).rest('GET', `/users?limit=100&depth=0&where[email][like]=${world.tag}`)
      expect(res.body.docs.map((u: User) => u.id).sort((a: number, b: number) => a - b)).toEqual(everyone)
    }
  })

  it('R-ROL-02 anonymous visitors read no user', async () => {
    expectRestDenied(await api.anonymous.rest('GET', '/users'))
    expectGraphQLDenied(await api.anonymous.graphql(`{ Users { docs { id } } }`), 'Users')
    await expectLocalDenied(payload.find({ collection: SLUGS.users, overrideAccess: false }))
  })
})

describe('users: role, branch, claves, NIT and firm are set only by an administrator (R-ROL-01)', () => {
  type Forgery = { who: keyof AccessWorld['users']; data: Partial<User>; field: string }
  const forgeries = (): Forgery[] => [
    { who: 'brokerA', data: { role: ROLES.admin }, field: 'role' },
    { who: 'brokerA', data: { claves: [world.claves.claveA, world.claves.claveB] }, field: 'claves' },
    { who: 'professionalBog', data: { claves: ['12345'] }, field: 'claves' },
    { who: 'professionalBog', data: { branch: world.branches.med.id }, field: 'branch' },
    { who: 'provider', data: { nit: '900123456' }, field: 'nit' },
    { who: 'firmA', data: { firmName: 'Otra firma' }, field: 'firmName' },
  ]

  it('R-ROL-01 a forged privilege change of one\'s own user is refused with 403 over REST, GraphQL and the Local API', async () => {
    for (const { who, data, field } of forgeries()) {
      const user = world.users[who]
      const message = `Solo un administrador puede asignar ${field}.`
      const client = await api.as(user) // logging in adds a session: before the snapshot
      const before = await storedRow(payload, SLUGS.users, user.id)

      expectRestRule(await client.rest('PATCH', `/users/${user.id}`, data), 403, 'R-ROL-01', message)
      expectGraphQLRule(await client.graphql(UPDATE_USER, { id: user.id, data }), 'updateUser', 403, 'R-ROL-01', message)
      await expectLocalRule(
        payload.update({ collection: SLUGS.users, id: user.id, data, overrideAccess: false, user }),
        403,
        'R-ROL-01',
        message,
      )
      expect(await storedRow(payload, SLUGS.users, user.id), `${who} forging ${field}`).toEqual(before)
    }
  })

  it('R-ROL-01 the same forgery through a bulk update (PATCH /api/users?where=…) is refused', async () => {
    const broker = world.users.brokerA
    const client = await api.as(broker)
    const before = await storedRow(payload, SLUGS.users, broker.id)
    const res = await client.rest('PATCH', `/users?where[id][equals]=${broker.id}`, { role: ROLES.admin })
    expectRestRule(res, 403, 'R-ROL-01', 'Solo un administrador puede asignar role.')
    await expectLocalRule(
      payload.update({
        collection: SLUGS.users,
        where: { id: { equals: broker.id } },
        data: { role: ROLES.admin },
        overrideAccess: false,
        user: broker,
      }),
      403,
      'R-ROL-01',
    )
    expect(await storedRow(payload, SLUGS.users, broker.id)).toEqual(before)
  })

  it('R-ROL-01 a forged privilege hidden among allowed changes refuses the whole write', async () => {
    const broker = world.users.brokerB
    const client = await api.as(broker)
    const before = await storedRow(payload, SLUGS.users, broker.id)
    const res = await client.rest('PATCH', `/users/${broker.id}`, { name: 'Otro nombre', role: ROLES.admin })
    expectRestRule(res, 403, 'R-ROL-01', 'Solo un administrador puede asignar role.')
    expect(await storedRow(payload, SLUGS.users, broker.id)).toEqual(before)
  })

  it('R-ROL-01 a user changes its own name (and resending its unchanged role is no forgery)', async () => {
    const user = await createUser(ROLES.broker, { claves: ['55501'] })
    const client = await api.login(user.email)

    const rest = await client.rest('PATCH', `/users/${user.id}`, { name: 'Nombre por REST', role: ROLES.broker })
    expect(rest.status, JSON.stringify(rest.body)).toBe(200)
    expect((await storedRow(payload, SLUGS.users, user.id)).name).toBe('Nombre por REST')

    const gql = await client.graphql(UPDATE_USER, { id: user.id, data: { name: 'Nombre por GraphQL' } })
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.updateUser).toEqual({ id: user.id, name: 'Nombre por GraphQL' })

    await payload.update({ collection: SLUGS.users, id: user.id, data: { name: 'Nombre local' }, overrideAccess: false, user })
    const stored = await storedRow(payload, SLUGS.users, user.id)
    expect(stored).toMatchObject({ name: 'Nombre local', role: ROLES.broker, claves: ['55501'] })
  })

  it('R-ROL-01 a user cannot change another user, not even its name', async () => {
    const target = world.users.brokerB
    const attacker = world.users.brokerA
    const client = await api.as(attacker)
    const before = await storedRow(payload, SLUGS.users, target.id)
    expectRestDenied(await client.rest('PATCH', `/users/${target.id}`, { name: 'Cambiado' }), [403, 404])
    expectGraphQLDenied(await client.graphql(UPDATE_USER, { id: target.id, data: { name: 'Cambiado' } }), 'updateUser', [
      403, 404,
    ])
    await expectLocalDenied(
      payload.update({ collection: SLUGS.users, id: target.id, data: { name: 'Cambiado' }, overrideAccess: false, user: attacker }),
      [403, 404],
    )
    expect(await storedRow(payload, SLUGS.users, target.id)).toEqual(before)
  })

  it('R-ROL-01 an administrator changes a user\'s role and branch', async () => {
    const user = await createUser(ROLES.branchProfessional, { branch: world.branches.bog.id })
    const res = await (await api.as(world.users.admin)).rest('PATCH', `/users/${user.id}`, {
      role: ROLES.branchManager,
      branch: world.branches.med.id,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await storedRow(payload, SLUGS.users, user.id)).toMatchObject({
      role: ROLES.branchManager,
      branch: world.branches.med.id,
    })
  })
})

describe('users: only an administrator creates users, each with the key that scopes its role', () => {
  const incomplete = [
    { role: ROLES.branchProfessional, rule: 'R-ROL-01', message: 'Los usuarios de sucursal deben tener una sucursal asignada.' },
    { role: ROLES.branchManager, rule: 'R-ROL-01', message: 'Los usuarios de sucursal deben tener una sucursal asignada.' },
    { role: ROLES.broker, rule: 'R-ROL-02', message: 'Un intermediario debe tener al menos una clave.' },
    {
      role: ROLES.provider,
      rule: 'R-ROL-02',
      message: 'Un prestador debe tener un NIT de 6 a 15 dígitos, sin dígito de verificación.',
    },
  ] as const

  for (const { role, rule, message } of incomplete) {
    it(`${rule} an administrator cannot create a ${role} without its scope (400)`, async () => {
      const data = { email: `sin-alcance-${randomDigits(8)}@test.co`, password: PASSWORD, name: 'Incompleto', role }
      const created = { email: { equals: data.email } }
      const before = await countRows(payload, SLUGS.users)

      expectRestRule(await (await api.as(world.users.admin)).rest('POST', '/users', data), 400, rule, message)
      await expectLocalRule(
        payload.create({ collection: SLUGS.users, data, overrideAccess: false, user: world.users.admin }),
        400,
        rule,
        message,
      )

      expect(await countRows(payload, SLUGS.users, created)).toBe(0)
      expect(await countRows(payload, SLUGS.users)).toBe(before)
    })
  }

  it('R-ROL-02 a broker\'s claves must be 3 to 10 digits and a provider\'s NIT carries no check digit', async () => {
    const admin = await api.as(world.users.admin)
    const user = (extra: Record<string, unknown>) => ({
      email: `mal-${randomDigits(8)}@test.co`,
      password: PASSWORD,
      name: 'Mal formado',
      ...extra,
    })
    expectRestRule(
      await admin.rest('POST', '/users', user({ role: ROLES.broker, claves: ['12A45'] })),
      400,
      'R-ROL-02',
      'Cada clave de intermediario debe tener entre 3 y 10 dígitos.',
    )
    expectRestRule(
      await admin.rest('POST', '/users', user({ role: ROLES.provider, nit: '900123456-8' })),
      400,
      'R-ROL-02',
      'Un prestador debe tener un NIT de 6 a 15 dígitos, sin dígito de verificación.',
    )
    expect(await countRows(payload, SLUGS.users, { email: { like: 'mal-' } })).toBe(0)
  })

  it('R-ROL-01 nobody but an administrator creates users', async () => {
    const data = { email: `intruso-${randomDigits(8)}@test.co`, password: PASSWORD, name: 'Intruso', role: ROLES.admin }
    for (const creator of [world.users.collectionsManager, world.users.professionalBog, world.users.brokerA]) {
      const client = await api.as(creator)
      expectRestDenied(await client.rest('POST', '/users', data))
      expectGraphQLDenied(
        await client.graphql(`mutation ($data: mutationUserInput!) { createUser(data: $data) { id } }`, { data }),
        'createUser',
      )
      await expectLocalDenied(payload.create({ collection: SLUGS.users, data, overrideAccess: false, user: creator }))
    }
    expectRestDenied(await api.anonymous.rest('POST', '/users', data))
    expect(await countRows(payload, SLUGS.users, { email: { equals: data.email } })).toBe(0)
  })
})

describe('users: login attempts', () => {
  const login = (email: string, password: string) => api.anonymous.rest('POST', '/users/login', { email, password })

  it('R-ROL-02 wrong passwords no longer lock the account (an attacker could lock anyone out): the owner signs in; unlocking stays the administrator\'s', async () => {
    // The rate limits that replace the lock are proven in authentication.test.ts (SEC-RATE).
    const user = await createUser(ROLES.broker, { claves: ['55502'] })
    for (let attempt = 1; attempt <= 4; attempt++) {
      const wrong = await login(user.email, `equivocada-${attempt}`)
      expect(wrong.status, `attempt ${attempt}`).toBe(401)
      expect(wrong.body.token).toBeUndefined()
    }
    const right = await login(user.email, PASSWORD)
    expect(right.status, JSON.stringify(right.body)).toBe(200)
    expect(right.body.user.id).toBe(user.id)
    const stored = await payload.db.findOne({ collection: SLUGS.users, where: { id: { equals: user.id } } })
    expect(stored).not.toHaveProperty('lockUntil')

    for (const intruder of [world.users.brokerA, world.users.collectionsManager]) {
      expectRestDenied(await (await api.as(intruder)).rest('POST', '/users/unlock', { email: user.email }))
    }
  })
})

describe('users: the admin panel is for internal staff only (R-ROL-02)', () => {
  const internal = ROLE_OPTIONS.map((o) => o.value).filter((role) => !EXTERNAL_ROLES.includes(role))

  it('R-ROL-02 canUseAdminPanel refuses brokers and providers and admits every internal role', () => {
    expect(payload.collections.users.config.access.admin).toBe(canUseAdminPanel)
    const verdicts = Object.fromEntries(
      ROLE_OPTIONS.map(({ value }) => [value, canUseAdminPanel({ req: { user: { role: value } } } as any)]),
    )
    expect(verdicts).toEqual({
      ...Object.fromEntries(internal.map((role) => [role, true])),
      [ROLES.broker]: false,
      [ROLES.provider]: false,
    })
    expect(canUseAdminPanel({ req: { user: null } } as any)).toBe(false)
  })

  it('R-ROL-02 Payload\'s own admin gate (canAccessAdmin) turns a broker and a provider away', async () => {
    const gate = async (user: User) =>
      canAccessAdmin({ req: await createLocalReq({ user: { ...user, collection: SLUGS.users } as any }, payload) }).then(
        () => 'admitted',
        () => 'refused',
      )
    expect(await gate(world.users.brokerA)).toBe('refused')
    expect(await gate(world.users.provider)).toBe('refused')
    expect(await gate(world.users.professionalBog)).toBe('admitted')
    expect(await gate(world.users.admin)).toBe('admitted')
  })

  it('R-ROL-02 GET /api/access: no canAccessAdmin for brokers and providers, true for internal staff', async () => {
    // Payload drops `canAccessAdmin` from the answer when it is false.
    for (const user of [world.users.brokerA, world.users.provider]) {
      const res = await (await api.as(user)).rest('GET', '/access')
      expect(res.status).toBe(200)
      expect(res.body).not.toHaveProperty('canAccessAdmin')
    }
    for (const user of [world.users.admin, world.users.professionalBog, world.users.firmA]) {
      const res = await (await api.as(user)).rest('GET', '/access')
      expect(res.status).toBe(200)
      expect(res.body.canAccessAdmin).toBe(true)
    }
  })
})
