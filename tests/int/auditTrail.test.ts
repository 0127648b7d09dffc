import { beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { AuditLog, User } from '@/payload-types'
import { buildAccessWorld, PASSWORD, type AccessWorld } from './helpers/accessWorld'
import { countRows, policyData, randomDigits, storedRow } from './helpers/fixtures'
import { expectGraphQLDenied, expectLocalDenied, expectRestDenied } from './helpers/refusals'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld

type Change = { field: string; from: unknown; to: unknown }

/** The trail of one document, oldest first, read as the system (no user may be needed to check it). */
const trailOf = async (collectionSlug: string, documentId: number | string) =>
  (
    await payload.find({
      collection: SLUGS.auditLogs,
      where: { and: [{ collectionSlug: { equals: collectionSlug } }, { documentId: { equals: String(documentId) } }] },
      sort: 'id',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

// Sign-in events carry no field changes (their context is in `detail`).
// A field-by-field change list; a portfolio import's single entry holds its counts instead (an object).
const changesOf = (row: AuditLog) => (Array.isArray(row.changes) ? row.changes : []) as Change[]
const changeOf = (row: AuditLog, field: string) => changesOf(row).find((c) => c.field === field)
const changedFields = (row: AuditLog) => changesOf(row).map((c) => c.field).sort()

const expectWrittenBy = (row: AuditLog, user: User) => {
  expect(row.user).toBe(user.id)
  expect(row.userEmail).toBe(user.email)
}

beforeAll(async () => {
  world = await buildAccessWorld(payload)
})

describe('audit trail: every change leaves who, when, which document and what changed', () => {
  it('R-COB-17 creating, updating and deleting a policy each leave an audit row with the field-level changes', async () => {
    const prof = await api.as(world.users.professionalBog)
    const data = policyData({ holder: world.parties.debtorBog.id, branch: world.branches.bog.id, clave: world.claves.claveA })

    const created = await prof.rest('POST', '/policies?depth=0', data)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const [createRow, ...none] = await trailOf(SLUGS.policies, id)
    expect(none).toEqual([])
    expect(createRow).toMatchObject({ collectionSlug: SLUGS.policies, documentId: String(id), operation: 'create' })
    expectWrittenBy(createRow!, world.users.professionalBog)
    expect(changeOf(createRow!, 'totalDue')).toEqual({ field: 'totalDue', from: null, to: 1_428_000 })
    expect(changeOf(createRow!, 'number')).toEqual({ field: 'number', from: null, to: data.number })
    expect(changeOf(createRow!, 'holder')).toEqual({ field: 'holder', from: null, to: world.parties.debtorBog.id })

    const updated = await prof.rest('PATCH', `/policies/${id}`, { totalDue: 1_500_000 })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const updateRow = (await trailOf(SLUGS.policies, id))[1]!
    expect(updateRow).toMatchObject({ documentId: String(id), operation: 'update' })
    expectWrittenBy(updateRow, world.users.professionalBog)
    expect(updateRow.changes).toEqual([{ field: 'totalDue', from: 1_428_000, to: 1_500_000 }])

    const deleted = await (await api.as(world.users.admin)).rest('DELETE', `/policies/${id}`)
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    const trail = await trailOf(SLUGS.policies, id)
    expect(trail.map((r) => r.operation)).toEqual(['create', 'update', 'delete'])
    const deleteRow = trail[2]!
    expectWrittenBy(deleteRow, world.users.admin)
    expect(changeOf(deleteRow, 'totalDue')).toEqual({ field: 'totalDue', from: 1_500_000, to: null })
    expect(changeOf(deleteRow, 'number')).toEqual({ field: 'number', from: data.number, to: null })
  })

  it('R-COB-17 a write that changes nothing leaves no audit row', async () => {
    const policy = world.policies.policyMed
    const before = await trailOf(SLUGS.policies, policy.id)
    const res = await (await api.as(world.users.professionalMed)).rest('PATCH', `/policies/${policy.id}`, {
      totalDue: policy.totalDue,
    })
    expect(res.status).toBe(200)
    expect(await trailOf(SLUGS.policies, policy.id)).toEqual(before)
  })

  it('R-COB-17 a refused write leaves no audit row (the trail is written in the same transaction)', async () => {
    const policy = world.policies.policyBog
    const trail = await trailOf(SLUGS.policies, policy.id)
    const before = await storedRow(payload, SLUGS.policies, policy.id)
    const res = await (await api.as(world.users.professionalBog)).rest('PATCH', `/policies/${policy.id}`, {
      amountPaid: policy.totalDue + 1,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(res.body.errors[0].data.rule).toBe('R-POL-01')
    expect(await trailOf(SLUGS.policies, policy.id)).toEqual(trail)
    expect(await storedRow(payload, SLUGS.policies, policy.id)).toEqual(before)
  })

  it('R-ROL-01 an administrator\'s change of a user\'s role, branch and claves is audited with before and after', async () => {
    const admin = await api.as(world.users.admin)
    const staff = world.users.professionalMed
    const broker = world.users.brokerB

    const promote = await admin.rest('PATCH', `/users/${staff.id}`, { role: ROLES.branchManager, branch: world.branches.bog.id })
    expect(promote.status, JSON.stringify(promote.body)).toBe(200)
    const staffRow = (await trailOf(SLUGS.users, staff.id)).at(-1)!
    expect(staffRow.operation).toBe('update')
    expectWrittenBy(staffRow, world.users.admin)
    expect(changedFields(staffRow)).toEqual(['branch', 'role'])
    expect(changeOf(staffRow, 'role')).toEqual({ field: 'role', from: ROLES.branchProfessional, to: ROLES.branchManager })
    expect(changeOf(staffRow, 'branch')).toEqual({ field: 'branch', from: world.branches.med.id, to: world.branches.bog.id })

    const moreClaves = [world.claves.claveB, '90210']
    const widen = await admin.rest('PATCH', `/users/${broker.id}`, { claves: moreClaves })
    expect(widen.status, JSON.stringify(widen.body)).toBe(200)
    const brokerRow = (await trailOf(SLUGS.users, broker.id)).at(-1)!
    expectWrittenBy(brokerRow, world.users.admin)
    expect(brokerRow.changes).toEqual([{ field: 'claves', from: [world.claves.claveB], to: moreClaves }])
  })

  it('R-ROL-01 no password, hash or salt ever reaches the audit trail', async () => {
    // A password change by the administrator, and a new user with its password: both touch hash and salt.
    const admin = await api.as(world.users.admin)
    expect((await admin.rest('PATCH', `/users/${world.users.editor.id}`, { password: 'Otra-Clave-2027' })).status).toBe(200)
    const created = await admin.rest('POST', '/users', {
      email: `nuevo-${randomDigits(6)}@test.co`,
      password: PASSWORD,
      name: 'Nuevo',
      role: ROLES.collectionsManager,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)

    const users = await payload.find({ collection: SLUGS.users, showHiddenFields: true, pagination: false, overrideAccess: true })
    const secrets = users.docs.flatMap((u) => [u.hash, u.salt]).filter((s): s is string => typeof s === 'string' && s !== '')
    expect(secrets.length).toBeGreaterThanOrEqual(2 * Object.keys(world.users).length)

    const rows = await payload.find({ collection: SLUGS.auditLogs, pagination: false, overrideAccess: true, depth: 0 })
    const userRows = rows.docs.filter((r) => r.collectionSlug === SLUGS.users)
    expect(userRows.length).toBeGreaterThanOrEqual(Object.keys(world.users).length)
    const text = JSON.stringify(rows.docs)
    for (const secret of secrets) expect(text).not.toContain(secret)
    const fields = new Set(rows.docs.flatMap((r) => changesOf(r).map((c) => c.field)))
    for (const field of ['password', 'hash', 'salt', 'resetPasswordToken', 'sessions', 'loginAttempts', 'lockUntil']) {
      expect(fields).not.toContain(field)
    }
  })
})

describe('audit trail: only an administrator reads it, and nobody writes it (R-ROL-01)', () => {
  const LIST = `{ AuditLogs(limit: 5) { totalDocs docs { id documentId } } }`
  let sample: AuditLog

  beforeAll(async () => {
    sample = (await trailOf(SLUGS.policies, world.policies.policyBog.id))[0]!
  })

  it('R-ROL-01 an administrator reads the audit trail through the Local API, REST and GraphQL', async () => {
    const total = await countRows(payload, SLUGS.auditLogs)
    const local = await payload.find({ collection: SLUGS.auditLogs, overrideAccess: false, user: world.users.admin, limit: 1 })
    expect(local.totalDocs).toBe(total)
    const admin = await api.as(world.users.admin)
    const rest = await admin.rest('GET', `/audit-logs/${sample.id}?depth=0`)
    expect(rest.status).toBe(200)
    expect(rest.body).toMatchObject({ id: sample.id, documentId: String(world.policies.policyBog.id), operation: 'create' })
    const gql = await admin.graphql(LIST)
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.AuditLogs.totalDocs).toBe(await countRows(payload, SLUGS.auditLogs))
  })

  it('R-ROL-01 the collections manager, branch staff, a broker and anonymous visitors cannot read it', async () => {
    const refused = [world.users.collectionsManager, world.users.professionalBog, world.users.executor, world.users.brokerA]
    for (const user of refused) {
      await expectLocalDenied(payload.find({ collection: SLUGS.auditLogs, overrideAccess: false, user }))
      const client = await api.as(user)
      expectRestDenied(await client.rest('GET', '/audit-logs'))
      expectRestDenied(await client.rest('GET', `/audit-logs/${sample.id}`))
      expectGraphQLDenied(await client.graphql(LIST), 'AuditLogs')
    }
    await expectLocalDenied(payload.find({ collection: SLUGS.auditLogs, overrideAccess: false }))
    expectRestDenied(await api.anonymous.rest('GET', '/audit-logs'))
    expectGraphQLDenied(await api.anonymous.graphql(LIST), 'AuditLogs')
  })

  it('R-ROL-01 not even an administrator creates, updates or deletes an audit row (REST, GraphQL, Local API)', async () => {
    const admin = world.users.admin
    const client = await api.as(admin)
    const forged = { collectionSlug: SLUGS.policies, documentId: '999999', operation: 'delete', changes: [] }
    const total = await countRows(payload, SLUGS.auditLogs)
    const before = await storedRow(payload, SLUGS.auditLogs, sample.id)

    expectRestDenied(await client.rest('POST', '/audit-logs', forged), [403])
    expectRestDenied(await client.rest('PATCH', `/audit-logs/${sample.id}`, { userEmail: 'otro@test.co' }), [403])
    expectRestDenied(await client.rest('DELETE', `/audit-logs/${sample.id}`), [403])

    expectGraphQLDenied(
      await client.graphql(`mutation ($data: mutationAuditLogInput!) { createAuditLog(data: $data) { id } }`, { data: forged }),
      'createAuditLog',
      [403],
    )
    expectGraphQLDenied(
      await client.graphql(`mutation ($id: Int!) { updateAuditLog(id: $id, data: { userEmail: "otro@test.co" }) { id } }`, {
        id: sample.id,
      }),
      'updateAuditLog',
      [403],
    )
    expectGraphQLDenied(
      await client.graphql(`mutation ($id: Int!) { deleteAuditLog(id: $id) { id } }`, { id: sample.id }),
      'deleteAuditLog',
      [403],
    )

    const asAdmin = { overrideAccess: false, user: admin } as const
    await expectLocalDenied(payload.create({ collection: SLUGS.auditLogs, data: forged as any, ...asAdmin }))
    await expectLocalDenied(payload.update({ collection: SLUGS.auditLogs, id: sample.id, data: { userEmail: 'x@test.co' }, ...asAdmin }))
    await expectLocalDenied(payload.delete({ collection: SLUGS.auditLogs, id: sample.id, ...asAdmin }))

    expect(await countRows(payload, SLUGS.auditLogs)).toBe(total)
    expect(await countRows(payload, SLUGS.auditLogs, { documentId: { equals: '999999' } })).toBe(0)
    expect(await storedRow(payload, SLUGS.auditLogs, sample.id)).toEqual(before)
  })
})
