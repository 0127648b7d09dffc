// Small limits for this file (read at each request): an attacker's address is stopped after 3
// failures on one account or 8 on any; forgot-password after 2 per e-mail or 4 per address.
process.env.TRUST_PROXY = 'true'
process.env.LOGIN_LIMIT_PER_IP = '8'
process.env.LOGIN_LIMIT_PER_IP_AND_ACCOUNT = '3'
process.env.LOGIN_LIMIT_PER_ACCOUNT = '6'
process.env.FORGOT_PASSWORD_LIMIT_PER_IP = '4'
process.env.FORGOT_PASSWORD_LIMIT_PER_ACCOUNT = '2'

import { NextRequest } from 'next/server'
import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ROLES, type Role } from '@/auth/roles'
import { createAdmin } from '@/auth/createAdmin'
import { SLUGS } from '@/constants/slugs'
import type { AuditLog, User } from '@/payload-types'
import { proxy } from '@/proxy'
import { buildAccessWorld, createTestUser, PASSWORD, type AccessWorld } from './helpers/accessWorld'
import { countRows, randomDigits, storedRow } from './helpers/fixtures'
import { expectGraphQLDenied, expectGraphQLRule, expectLocalDenied, expectLocalRule, expectRestDenied, expectRestRule } from './helpers/refusals'
import { initTestApp } from './helpers/initTestApp'
import { runScript } from './helpers/tsxScript'

const { payload, api } = await initTestApp()
let world: AccessWorld

const UPDATE_USER = `mutation ($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id email } }`
const LOGIN = `mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }`
const FORGOT = `mutation ($email: String!) { forgotPasswordUser(email: $email) }`
const TOO_SHORT = 'La contraseña es demasiado corta: debe tener al menos 12 caracteres.'
const NEEDS_CURRENT =
  'Para cambiar su contraseña escriba también su contraseña actual (campo «Contraseña actual»); la que escribió no es correcta o falta.'

/** A fresh client address per test: limits persist in the shared test database. */
const newIp = () => `10.${Number(randomDigits(2))}.${Number(randomDigits(2))}.${Number(randomDigits(2))}`

const createUser = (role: Role, extra: Record<string, unknown> = {}) => createTestUser(payload, world, role, extra)

/** The stored secret, to prove a refused change left the password as it was. */
const storedHash = async (id: number) =>
  ((await payload.db.findOne({ collection: SLUGS.users, where: { id: { equals: id } } })) as unknown as { hash: string }).hash

const restLogin = async (email: string, password: string, ip: string) => {
  const response = await api.anonymous.raw('POST', '/users/login', { email, password }, { 'x-forwarded-for': ip })
  return { status: response.status, body: await response.json(), retryAfter: response.headers.get('retry-after') }
}

const authEvents = async (event: string, where: Where = {}) =>
  (
    await payload.find({
      collection: SLUGS.auditLogs,
      where: { and: [{ event: { equals: event } }, where] },
      sort: 'id',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs as AuditLog[]

beforeAll(async () => {
  world = await buildAccessWorld(payload)
})

describe('finding 1: account takeover — only the administrator changes another user', () => {
  it('R-ROL-01 the collections manager cannot set the administrator\'s password (REST) nor e-mail (GraphQL) nor either through the Local API', async () => {
    const admin = world.users.admin
    const manager = world.users.collectionsManager
    const client = await api.as(manager)
    const before = await storedRow(payload, SLUGS.users, admin.id)
    const hash = await storedHash(admin.id)

    expectRestDenied(await client.rest('PATCH', `/users/${admin.id}`, { password: 'Tomada-por-Gerencia-77' }), [403, 404])
    expectGraphQLDenied(await client.graphql(UPDATE_USER, { id: admin.id, data: { email: `tomado-${world.tag}@test.co` } }), 'updateUser', [403, 404])
    for (const data of [{ password: 'Tomada-por-Gerencia-77' }, { email: `tomado-${world.tag}@test.co` }]) {
      await expectLocalDenied(
        payload.update({ collection: SLUGS.users, id: admin.id, data, overrideAccess: false, user: manager }),
        [403, 404],
      )
    }
    expect(await storedRow(payload, SLUGS.users, admin.id)).toEqual(before)
    expect(await storedHash(admin.id)).toBe(hash)
    expect((await restLogin(admin.email, 'Tomada-por-Gerencia-77', newIp())).status).toBe(401)
  })

  it('R-ROL-01 no role but the administrator changes another user\'s e-mail, password, role, branch, claves, NIT, firm or active flag', async () => {
    const target = await createUser(ROLES.collectionsManager)
    const before = await storedRow(payload, SLUGS.users, target.id)
    const forged = [
      { email: `otro-${world.tag}@test.co` },
      { password: 'Tomada-por-Otro-2026' },
      { role: ROLES.admin },
      { branch: world.branches.med.id },
      { claves: ['99999'] },
      { nit: '900999999' },
      { firmName: 'Otra firma' },
      { active: false },
    ]
    const others = Object.entries(world.users).filter(([key]) => key !== 'admin')
    for (const [key, user] of others) {
      const client = await api.as(user)
      for (const data of forged) {
        const label = `${key} ${JSON.stringify(data)}`
        const rest = await client.rest('PATCH', `/users/${target.id}`, data)
        expect([403, 404], label).toContain(rest.status)
        const gql = await client.graphql(UPDATE_USER, { id: target.id, data })
        expect(gql.body.data?.updateUser ?? null, label).toBeNull()
        await expectLocalDenied(payload.update({ collection: SLUGS.users, id: target.id, data, overrideAccess: false, user }), [403, 404])
      }
    }
    expect(await storedRow(payload, SLUGS.users, target.id)).toEqual(before)
  })

  it('R-ROL-01 a user cannot change its own e-mail or active flag (403), only its name and phone', async () => {
    const user = await createUser(ROLES.executorOfficer)
    const client = await api.login(user.email)
    expectRestRule(await client.rest('PATCH', `/users/${user.id}`, { email: `nuevo-${randomDigits(6)}@test.co` }), 403, 'R-ROL-01', 'Solo un administrador puede asignar email.')
    expectGraphQLRule(await client.graphql(UPDATE_USER, { id: user.id, data: { active: false } }), 'updateUser', 403, 'R-ROL-01', 'Solo un administrador puede asignar active.')
    const ok = await client.rest('PATCH', `/users/${user.id}`, { name: 'Nombre nuevo', phone: '3001234567', email: user.email })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(await storedRow(payload, SLUGS.users, user.id)).toMatchObject({ name: 'Nombre nuevo', phone: '3001234567', email: user.email, active: true })
  })

  it('SEC-PWD one\'s own password changes only with the current one (REST, GraphQL, Local API), and the change is audited', async () => {
    const user = await createUser(ROLES.legalManager)
    const client = await api.login(user.email)
    const hash = await storedHash(user.id)
    const next = 'Nueva-Frase-Larga-2027'

    expectRestRule(await client.rest('PATCH', `/users/${user.id}`, { password: next }), 403, 'SEC-PWD', NEEDS_CURRENT)
    expectRestRule(await client.rest('PATCH', `/users/${user.id}`, { password: next, currentPassword: 'No-Es-La-Actual-1' }), 403, 'SEC-PWD', NEEDS_CURRENT)
    expectGraphQLRule(await client.graphql(UPDATE_USER, { id: user.id, data: { password: next } }), 'updateUser', 403, 'SEC-PWD', NEEDS_CURRENT)
    await expectLocalRule(
      payload.update({ collection: SLUGS.users, id: user.id, data: { password: next }, overrideAccess: false, user }),
      403,
      'SEC-PWD',
      NEEDS_CURRENT,
    )
    expect(await storedHash(user.id)).toBe(hash)
    expect(await authEvents('password_changed', { documentId: { equals: String(user.id) } })).toHaveLength(0)

    const changed = await client.graphql(UPDATE_USER, { id: user.id, data: { password: next, currentPassword: PASSWORD } })
    expect(changed.body.errors, JSON.stringify(changed.body)).toBeUndefined()
    expect(await storedHash(user.id)).not.toBe(hash)
    expect((await restLogin(user.email, next, newIp())).status).toBe(200)

    const [entry] = await authEvents('password_changed', { documentId: { equals: String(user.id) } })
    expect(entry).toMatchObject({ operation: 'auth', user: user.id, userEmail: user.email })
    expect(JSON.stringify(entry)).not.toContain(next)
    expect(JSON.stringify(entry)).not.toContain(PASSWORD)
  })

  it('SEC-PWD the administrator sets another user\'s password without knowing it; it is audited as the administrator\'s act', async () => {
    const user = await createUser(ROLES.editor)
    const admin = await api.as(world.users.admin)
    const res = await admin.rest('PATCH', `/users/${user.id}`, { password: 'Asignada-por-Admin-2026' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect((await restLogin(user.email, 'Asignada-por-Admin-2026', newIp())).status).toBe(200)
    const [entry] = await authEvents('password_changed', { documentId: { equals: String(user.id) } })
    expect(entry).toMatchObject({ user: world.users.admin.id, userEmail: world.users.admin.email, detail: { byAdministrator: true } })
  })
})

describe('finding 6: weak passwords', () => {
  it('SEC-PWD "abc" is refused saying why, on create, on the administrator\'s update and on one\'s own change', async () => {
    const admin = await api.as(world.users.admin)
    const email = `debil-${randomDigits(8)}@test.co`
    expectRestRule(await admin.rest('POST', '/users', { email, password: 'abc', name: 'Débil', role: ROLES.editor }), 400, 'SEC-PWD', TOO_SHORT)
    expect(await countRows(payload, SLUGS.users, { email: { equals: email } })).toBe(0)

    const user = await createUser(ROLES.editor, { name: 'Rosa Quintero' })
    const hash = await storedHash(user.id)
    expectRestRule(await admin.rest('PATCH', `/users/${user.id}`, { password: 'abc' }), 400, 'SEC-PWD', TOO_SHORT)
    const own = await api.login(user.email)
    expectRestRule(await own.rest('PATCH', `/users/${user.id}`, { password: 'abc', currentPassword: PASSWORD }), 400, 'SEC-PWD', TOO_SHORT)
    expectGraphQLRule(
      await own.graphql(UPDATE_USER, { id: user.id, data: { password: 'Quintero-Azul-2026!', currentPassword: PASSWORD } }),
      'updateUser',
      400,
      'SEC-PWD',
      'La contraseña no puede contener su nombre ni su correo electrónico.',
    )
    expectRestRule(await admin.rest('PATCH', `/users/${user.id}`, { password: 'password1234' }), 400, 'SEC-PWD')
    expect(await storedHash(user.id)).toBe(hash)
  })

  it('SEC-PWD a reset through the e-mailed link follows the same policy; a good reset is audited', async () => {
    const user = await createUser(ROLES.editor)
    const ip = newIp()
    const forgot = await api.anonymous.raw('POST', '/users/forgot-password', { email: user.email }, { 'x-forwarded-for': ip })
    expect(forgot.status).toBe(200)
    const { resetPasswordToken: token } = (await payload.db.findOne({ collection: SLUGS.users, where: { id: { equals: user.id } } })) as unknown as {
      resetPasswordToken: string
    }
    expectRestRule(await api.anonymous.rest('POST', '/users/reset-password', { token, password: 'abc' }), 400, 'SEC-PWD', TOO_SHORT)
    const reset = await api.anonymous.rest('POST', '/users/reset-password', { token, password: 'Restablecida-Con-Enlace-9' })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect((await restLogin(user.email, 'Restablecida-Con-Enlace-9', newIp())).status).toBe(200)

    const account = { documentId: { equals: String(user.id) } }
    expect(await authEvents('password_reset_requested', account)).toHaveLength(1)
    const [entry] = await authEvents('password_reset', account)
    expect(entry).toMatchObject({ operation: 'auth', user: user.id })
    expect(JSON.stringify(entry)).not.toContain(token)
  })
})

describe('rate limits on sign-in and password reset (per IP, per IP and account, per account)', () => {
  it('SEC-RATE REST login: 429 with Retry-After after 3 failures, the same for an unknown e-mail as for a known one', async () => {
    const victim = await createUser(ROLES.broker, { claves: ['55503'] })
    const unknown = `nadie-${randomDigits(8)}@test.co`
    const run = async (email: string) => {
      const ip = newIp()
      const replies = []
      for (let attempt = 1; attempt <= 4; attempt++) replies.push(await restLogin(email, `Equivocada-${attempt}-xyz`, ip))
      return replies
    }
    const known = await run(victim.email)
    const stranger = await run(unknown)
    expect(known.map((r) => r.status)).toEqual([401, 401, 401, 429])
    expect(stranger.map((r) => r.status)).toEqual(known.map((r) => r.status))
    // Same bodies; only the seconds left in each window may differ by the time the runs took.
    const withoutWait = (body: { errors?: { data?: Record<string, unknown> }[] }) =>
      JSON.parse(JSON.stringify(body).replace(/"retryAfter":\d+/g, '"retryAfter":0'))
    expect(stranger.map((r) => withoutWait(r.body))).toEqual(known.map((r) => withoutWait(r.body)))
    expect(known[3].body.errors[0]).toMatchObject({ message: expect.stringMatching(/^SEC-RATE: Demasiados intentos\. Espere \d+ minutos?/), data: { rule: 'SEC-RATE' } })
    expect(Number(known[3].retryAfter)).toBeGreaterThan(0)
  })

  it('SEC-RATE the victim still signs in from its own address while the attacker\'s is limited, even with the right password', async () => {
    const victim = await createUser(ROLES.collectionsManager)
    const attacker = newIp()
    for (let attempt = 1; attempt <= 3; attempt++) expect((await restLogin(victim.email, `Adivina-${attempt}-abc`, attacker)).status).toBe(401)
    expect((await restLogin(victim.email, PASSWORD, attacker)).status).toBe(429)
    const own = await restLogin(victim.email, PASSWORD, newIp())
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    expect(typeof own.body.token).toBe('string')
    // Payload's own lock is off: nothing is stored on the account.
    expect(await storedRow(payload, SLUGS.users, victim.id)).not.toHaveProperty('lockUntil')
  })

  it('SEC-RATE a guess spread over many addresses stops at the account limit, yet the owner still signs in from an address it used before', async () => {
    const victim = await createUser(ROLES.branchManager, { branch: world.branches.bog.id })
    const home = newIp()
    expect((await restLogin(victim.email, PASSWORD, home)).status).toBe(200)
    // Six failures from six addresses spend the account's allowance (LOGIN_LIMIT_PER_ACCOUNT=6).
    for (let attempt = 1; attempt <= 6; attempt++) expect((await restLogin(victim.email, `Adivina-${attempt}-xyz`, newIp())).status).toBe(401)
    expect((await restLogin(victim.email, PASSWORD, newIp())).status).toBe(429)
    const own = await restLogin(victim.email, PASSWORD, home)
    expect(own.status, JSON.stringify(own.body)).toBe(200)
  })

  it('SEC-RATE one address trying many accounts is stopped after 8 failures in all', async () => {
    const ip = newIp()
    const statuses = []
    for (let i = 0; i < 9; i++) statuses.push((await restLogin(`rociado-${i}-${randomDigits(6)}@test.co`, 'Cualquier-Cosa-2026', ip)).status)
    expect(statuses).toEqual([...Array(8).fill(401), 429])
  })

  it('SEC-RATE GraphQL loginUser goes through the same limit: 429 in the error and Retry-After, same for an unknown e-mail', async () => {
    const victim = await createUser(ROLES.provider, { nit: `9${randomDigits(8)}` })
    const run = async (email: string) => {
      const ip = newIp()
      const replies = []
      for (let attempt = 1; attempt <= 4; attempt++) {
        replies.push(await api.anonymous.graphql(LOGIN, { email, password: `Equivocada-${attempt}-xyz` }, { 'x-forwarded-for': ip }))
      }
      return replies
    }
    const known = await run(victim.email)
    const stranger = await run(`nadie-${randomDigits(8)}@test.co`)
    const codes = (replies: typeof known) => replies.map((r) => r.body.errors?.[0]?.extensions?.statusCode)
    expect(codes(known)).toEqual([401, 401, 401, 429])
    expect(codes(stranger)).toEqual(codes(known))
    expect(stranger.map((r) => r.body.errors[0].message)).toEqual(known.map((r) => r.body.errors[0].message))
    expect(known[3].body.errors[0].message).toMatch(/^SEC-RATE: /)
    expect(Number(known[3].headers.get('retry-after'))).toBeGreaterThan(0)
    expect(known[3].body.data?.loginUser ?? null).toBeNull()
  })

  it('SEC-RATE forgot-password answers the same for known and unknown e-mails, and 429 after 2 per e-mail (REST and GraphQL)', async () => {
    const user = await createUser(ROLES.editor)
    const unknown = `nadie-${randomDigits(8)}@test.co`
    const rest = async (email: string, ip: string) => {
      const response = await api.anonymous.raw('POST', '/users/forgot-password', { email }, { 'x-forwarded-for': ip })
      return { status: response.status, body: await response.json() }
    }
    const known = [await rest(user.email, newIp()), await rest(user.email, newIp()), await rest(user.email, newIp())]
    const stranger = [await rest(unknown, newIp()), await rest(unknown, newIp()), await rest(unknown, newIp())]
    expect(known.map((r) => r.status)).toEqual([200, 200, 429])
    expect(stranger).toEqual(known)

    const gql = (email: string) => api.anonymous.graphql(FORGOT, { email }, { 'x-forwarded-for': newIp() })
    const fresh = `otro-${randomDigits(8)}@test.co`
    expect((await gql(fresh)).body).toEqual({ data: { forgotPasswordUser: true } })
    expect((await gql(fresh)).body).toEqual({ data: { forgotPasswordUser: true } })
    const limited = await gql(fresh)
    expect(limited.body.errors[0].extensions.statusCode).toBe(429)
    expect(limited.body.errors[0].message).toMatch(/^SEC-RATE: /)
  })
})

describe('sign-in audit trail', () => {
  it('SEC-RATE login, failed login and the rate limit each leave an entry, without any password', async () => {
    const user = await createUser(ROLES.branchManager, { branch: world.branches.bog.id })
    const ip = newIp()
    expect((await restLogin(user.email, 'Equivocada-Una-Vez-1', ip)).status).toBe(401)
    expect((await api.anonymous.graphql(LOGIN, { email: user.email, password: PASSWORD }, { 'x-forwarded-for': ip })).body.errors).toBeUndefined()
    for (let attempt = 1; attempt <= 4; attempt++) await restLogin(user.email, `Otra-Equivocada-${attempt}`, ip)

    const account = { userEmail: { equals: user.email } }
    const failed = await authEvents('login_failed', account)
    expect(failed).toHaveLength(4)
    expect(failed[0]).toMatchObject({ operation: 'auth', documentId: String(user.id), detail: { ip, api: 'REST', reason: 'AuthenticationError' } })
    const [login] = await authEvents('login', account)
    expect(login).toMatchObject({ documentId: String(user.id), user: user.id, detail: { ip, api: 'GraphQL' } })
    const [limited] = await authEvents('rate_limited', account)
    expect(limited).toMatchObject({ detail: { ip, action: 'login' } })
    const everything = JSON.stringify([...failed, login, limited])
    for (const secret of [PASSWORD, 'Equivocada-Una-Vez-1', 'Otra-Equivocada-1']) expect(everything).not.toContain(secret)
  })

  it('SEC-RATE a failed login for an unknown e-mail is recorded with the typed e-mail only', async () => {
    const email = `desconocido-${randomDigits(8)}@test.co`
    await restLogin(email, 'Cualquier-Clave-2026', newIp())
    const [entry] = await authEvents('login_failed', { userEmail: { equals: email } })
    expect(entry).toMatchObject({ documentId: '-', user: null })
  })
})

describe('inactive users', () => {
  it('SEC-ACC an administrator deactivates a user: it cannot sign in (clear message) and its open session ends', async () => {
    const user = await createUser(ROLES.branchProfessional, { branch: world.branches.med.id })
    const session = await api.login(user.email)
    expect((await session.rest('GET', '/users/me')).body.user?.id).toBe(user.id)

    const off = await (await api.as(world.users.admin)).rest('PATCH', `/users/${user.id}`, { active: false })
    expect(off.status, JSON.stringify(off.body)).toBe(200)

    const refused = await restLogin(user.email, PASSWORD, newIp())
    expectRestRule(refused, 403, 'SEC-ACC', 'Su usuario está desactivado. Pida a un administrador que lo active.')
    expect(refused.body.token).toBeUndefined()
    expect((await session.rest('GET', '/users/me')).body.user ?? null).toBeNull()
    expectRestDenied(await session.rest('GET', `/users/${user.id}`), [401, 403, 404])
  })
})

describe('no open first-user registration (issue 8, item 5)', () => {
  it('SEC-ADM POST /api/users/first-register answers 403 and creates nothing', async () => {
    const before = await countRows(payload, SLUGS.users)
    const res = await api.anonymous.rest('POST', '/users/first-register', {
      email: `primero-${randomDigits(6)}@test.co`,
      password: 'Primer-Admin-Largo-2026',
      name: 'Primero',
      role: ROLES.admin,
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^SEC-ADM: .*npm run create-admin/)
    expect(await countRows(payload, SLUGS.users)).toBe(before)
  })

  it('SEC-ADM the admin route /admin/create-first-user answers 403', async () => {
    for (const url of ['http://localhost:3000/admin/create-first-user', 'http://localhost:3000/admin/create-first-user/']) {
      const response = proxy(new NextRequest(url))
      expect(response.status, url).toBe(403)
      expect(await response.text()).toMatch(/npm run create-admin/)
    }
  })

  it('SEC-ADM createAdmin refuses a weak password and an e-mail already taken, and creates an active administrator', async () => {
    const email = `admin-nuevo-${randomDigits(6)}@test.co`
    await expect(createAdmin(payload, { email, name: 'Nueva Admin', password: 'abc' })).rejects.toThrow(TOO_SHORT)
    const admin = await createAdmin(payload, { email, name: 'Nueva Admin', password: 'Instalacion-Segura-2026' })
    expect(admin).toMatchObject({ email, role: ROLES.admin, active: true })
    await expect(createAdmin(payload, { email: email.toUpperCase(), name: 'Otra', password: 'Instalacion-Segura-2026' })).rejects.toThrow(
      /Ya existe un usuario/,
    )
    expect((await restLogin(email, 'Instalacion-Segura-2026', newIp())).status).toBe(200)
  })

  it('SEC-ADM npm run create-admin creates the administrator from the environment against DATABASE_URL (its refusals: createAdmin above)', async () => {
    const email = `instalado-${randomDigits(6)}@test.co`
    const env = {
      ...process.env,
      ADMIN_EMAIL: email,
      ADMIN_NAME: 'Administradora Instalada',
      ADMIN_PASSWORD: 'Primera-Instalacion-2026',
      NODE_OPTIONS: '--no-deprecation',
    }
    const { stdout } = await runScript('src/scripts/createAdmin.ts', [], { env, timeout: 120_000 })
    expect(stdout).toMatch(`Administrador creado: ${email}`)
    expect(await countRows(payload, SLUGS.users, { and: [{ email: { equals: email } }, { role: { equals: ROLES.admin } }] })).toBe(1)
  }, 300_000)
})
