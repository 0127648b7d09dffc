import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Case, Party, User } from '@/payload-types'
import { ROLES } from '@/auth/roles'
import { createTestUser, everyUser, type AccessWorld, type WorldRole } from './helpers/accessWorld'
import { buildCaseWorld, debtLine } from './helpers/caseWorld'
import { createParty, storedRow } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'
import type { FilterOptions, RelationshipField, Where } from 'payload'

const { payload, api } = await initTestApp()
let world: AccessWorld
let theCase: Case

type Outcome = { status: number; rule?: string }

const MUTATION = {
  cases: { name: 'updateCase', gql: 'mutation ($id: Int!, $data: mutationCaseUpdateInput!) { updateCase(id: $id, data: $data) { id } }' },
  parties: { name: 'updateParty', gql: 'mutation ($id: Int!, $data: mutationPartyUpdateInput!) { updateParty(id: $id, data: $data) { id } }' },
} as const

/** The same update tried through the Local API (overrideAccess: false), REST and GraphQL: each one's status and rule. */
const updateEverywhere = async (user: User, collection: 'cases' | 'parties', id: number, data: Record<string, unknown>) => {
  const local: Outcome = await payload
    .update({ collection, id, data: data as never, overrideAccess: false, user, depth: 0, context: { asOf: '2026-04-01' } })
    .then(
      () => ({ status: 200 }),
      (e: { status?: number; data?: { rule?: string } }) => ({ status: e.status ?? 500, rule: e.data?.rule }),
    )
  const client = await api.as(user)
  const rest = await client.rest('PATCH', `/${collection}/${id}?depth=0`, data)
  const gql = await client.graphql(MUTATION[collection].gql, { id, data })
  const gqlError = gql.body.errors?.[0]
  return [
    local,
    { status: rest.status, rule: rest.body.errors?.[0]?.data?.rule },
    gqlError ? { status: gqlError.extensions?.statusCode ?? 500, rule: gqlError.message.match(/^(R-[A-Z]+-\d+):/)?.[1] } : { status: 200 },
  ]
}

/** Refused through every channel with `status` (and the rule, when a rule refuses); the row is left as it was. */
const expectRefusedEverywhere = async (
  user: User,
  collection: 'cases' | 'parties',
  id: number,
  data: Record<string, unknown>,
  expected: { statuses: number[]; rule?: string },
) => {
  const before = await storedRow(payload, collection, id)
  const outcomes = await updateEverywhere(user, collection, id, data)
  for (const outcome of outcomes) {
    expect(expected.statuses, `${user.email} ${JSON.stringify(outcomes)}`).toContain(outcome.status)
    if (expected.rule) expect(outcome.rule, `${user.email} ${JSON.stringify(outcomes)}`).toBe(expected.rule)
  }
  const after = await storedRow(payload, collection, id)
  expect({ ...after, updatedAt: null }).toEqual({ ...before, updatedAt: null })
}

/** Roles that may update the row but do not assign work: refused out loud with R-ROL-01. */
const CASE_WORKERS_NOT_ASSIGNING: WorldRole[] = ['professionalBog', 'firmA', 'executor']
const ASSIGNERS: WorldRole[] = ['admin', 'collectionsManager', 'branchManagerBog']

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  theCase = (await payload.create({
    collection: SLUGS.cases,
    data: { debtor: world.parties.debtorBog.id, debtLines: [debtLine(2_000_000, '2026-03-16')] } as never,
    overrideAccess: false,
    user: world.users.professionalBog,
    depth: 0,
    context: { asOf: '2026-04-01' },
  })) as Case
})

describe('who works a case is set only by who assigns work (issue 8, finding 5)', () => {
  it('R-ROL-01 a case opened by a professional takes its debtor\'s branch and firm, and no responsible', () => {
    expect(theCase).toMatchObject({ branch: world.branches.bog.id, assignedFirm: world.users.firmA.id, responsible: null })
  })

  it('R-ROL-01 no role that does not assign work sets responsible, firm or branch (403, nothing written)', async () => {
    const attempts = [
      { responsible: world.users.brokerA.id },
      { responsible: world.users.firmA.id },
      { assignedFirm: world.users.firmB.id },
      { branch: world.branches.med.id },
    ]
    for (const [role, user] of everyUser(world)) {
      if (ASSIGNERS.includes(role)) continue
      for (const data of attempts) {
        // Case workers hear the rule; everyone else is refused by access (403/404) before any rule.
        const expected = CASE_WORKERS_NOT_ASSIGNING.includes(role) ? { statuses: [403], rule: 'R-ROL-01' } : { statuses: [403, 404] }
        await expectRefusedEverywhere(user, SLUGS.cases, theCase.id, data, expected)
      }
    }
  }, 300_000)

  it('R-ROL-01 the assigners cannot make a broker, another branch\'s staff or a non-firm the responsible or the firm (400)', async () => {
    for (const role of ASSIGNERS) {
      const user = world.users[role]
      for (const data of [
        { responsible: world.users.brokerA.id },
        { responsible: world.users.provider.id },
        { responsible: world.users.professionalMed.id },
        { responsible: world.users.firmB.id },
        { responsible: world.users.editor.id },
        { assignedFirm: world.users.brokerA.id },
        { assignedFirm: world.users.professionalBog.id },
      ]) {
        await expectRefusedEverywhere(user, SLUGS.cases, theCase.id, data, { statuses: [400], rule: 'R-ROL-01' })
      }
    }
  }, 300_000)

  it('R-ROL-01 the assigners set a responsible who can work the case and the firm, through every channel', async () => {
    const valid: [WorldRole, Record<string, unknown>][] = [
      ['branchManagerBog', { responsible: world.users.professionalBog.id }],
      ['collectionsManager', { responsible: world.users.executor.id }],
      ['admin', { responsible: world.users.firmA.id }],
      ['branchManagerBog', { assignedFirm: world.users.firmB.id, responsible: world.users.firmB.id }],
      ['collectionsManager', { assignedFirm: world.users.firmA.id, responsible: world.users.branchManagerBog.id }],
    ]
    for (const [role, data] of valid) {
      const outcomes = await updateEverywhere(world.users[role], SLUGS.cases, theCase.id, data)
      expect(outcomes.map((o) => o.status), `${role} ${JSON.stringify(outcomes)}`).toEqual([200, 200, 200])
      expect(await storedRow(payload, SLUGS.cases, theCase.id)).toMatchObject(data)
    }
  })

  it('R-ROL-01 a case worker may send the assignment back unchanged (as the admin form does)', async () => {
    const stored = await storedRow(payload, SLUGS.cases, theCase.id)
    const outcomes = await updateEverywhere(world.users.professionalBog, SLUGS.cases, theCase.id, {
      responsible: stored.responsible,
      assignedFirm: stored.assignedFirm,
      branch: stored.branch,
    })
    expect(outcomes.map((o) => o.status)).toEqual([200, 200, 200])
  })

  it('R-ROL-01 on a debtor, only the assigners set the firm and the branch; the firm must be an external firm', async () => {
    const party = world.parties.debtorBog
    for (const role of ['professionalBog'] as WorldRole[]) {
      await expectRefusedEverywhere(world.users[role], SLUGS.parties, party.id, { assignedFirm: world.users.firmB.id }, { statuses: [403], rule: 'R-ROL-01' })
    }
    for (const role of ['firmA', 'brokerA', 'provider', 'editor', 'legal', 'professionalMed', 'firmB', 'brokerB'] as WorldRole[]) {
      await expectRefusedEverywhere(world.users[role], SLUGS.parties, party.id, { assignedFirm: world.users.firmB.id }, { statuses: [403, 404] })
    }
    await expectRefusedEverywhere(world.users.branchManagerBog, SLUGS.parties, party.id, { assignedFirm: world.users.brokerA.id }, { statuses: [400], rule: 'R-ROL-01' })
    const outcomes = await updateEverywhere(world.users.branchManagerBog, SLUGS.parties, party.id, { assignedFirm: world.users.firmB.id })
    expect(outcomes.map((o) => o.status)).toEqual([200, 200, 200])
    expect((await storedRow(payload, SLUGS.parties, party.id)).assignedFirm).toBe(world.users.firmB.id)
  })
})

/** The picker filter Payload evaluates for `field` of `collection` as `user` editing `data` (what the admin form asks). */
const pickerWhere = async (collection: 'cases' | 'parties', field: string, user: User, data: Record<string, unknown>) => {
  const config = payload.collections[collection].config.flattenedFields.find((f) => f.name === field) as RelationshipField
  const filter = config.filterOptions as Extract<FilterOptions, (...args: never[]) => unknown>
  return (await filter({ user, data, siblingData: data, relationTo: SLUGS.users, id: data.id as number, blockData: undefined, req: { payload, user } as never })) as Where
}

/** Who a picker lists to `user`, read as the admin's relationship field reads it: GET /api/users with the filter, as that user. */
const listedBy = async (user: User, where: Where) => {
  const client = await api.as(user)
  const res = await client.rest('GET', `/${SLUGS.users}?${new URLSearchParams({ where: JSON.stringify(where), limit: '100', depth: '0' })}`)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  const local = await payload.find({ collection: SLUGS.users, where, limit: 100, depth: 0, overrideAccess: false, user })
  const ids = (res.body.docs as { id: number }[]).map((d) => d.id).sort()
  expect(local.docs.map((d) => d.id).sort()).toEqual(ids)
  return ids
}

describe('people pickers list only who may be chosen, and the save agrees (R-ROL-01, issue 14)', () => {
  let inactiveFirm: User
  beforeAll(async () => {
    inactiveFirm = await createTestUser(payload, world, ROLES.externalFirm, { firmName: 'Firma Retirada', active: false })
  })

  it('R-ROL-01 a branch manager opening the firm picker reads every external firm and nobody else (role only: it cannot filter by the active flag)', async () => {
    const manager = world.users.branchManagerBog
    const listed = await listedBy(manager, await pickerWhere(SLUGS.cases, 'assignedFirm', manager, theCase as never))
    expect(listed).toEqual(expect.arrayContaining([world.users.firmA.id, world.users.firmB.id, inactiveFirm.id]))
    for (const [role, user] of everyUser(world)) {
      if (!['firmA', 'firmB'].includes(role)) expect(listed, role).not.toContain(user.id)
    }
    expect(await listedBy(manager, await pickerWhere(SLUGS.parties, 'assignedFirm', manager, {}))).toEqual(listed)
  })

  it('R-ROL-01 the collections manager\'s firm picker leaves the inactive firm out', async () => {
    const cm = world.users.collectionsManager
    const listed = await listedBy(cm, await pickerWhere(SLUGS.cases, 'assignedFirm', cm, theCase as never))
    expect(listed).toEqual(expect.arrayContaining([world.users.firmA.id, world.users.firmB.id]))
    expect(listed).not.toContain(inactiveFirm.id)
    expect(listed).not.toContain(world.users.brokerA.id)
  })

  it('R-ROL-01 the responsible picker of a Bogotá case lists national case workers, Bogotá staff and the case\'s firm; never Medellín, brokers, providers, editors or another firm', async () => {
    const manager = world.users.branchManagerBog
    const data = { branch: world.branches.bog.id, assignedFirm: world.users.firmA.id }
    const listed = await listedBy(manager, await pickerWhere(SLUGS.cases, 'responsible', manager, data))
    const u = world.users
    expect(listed).toEqual(expect.arrayContaining([u.admin.id, u.collectionsManager.id, u.executor.id, u.branchManagerBog.id, u.professionalBog.id, u.firmA.id]))
    for (const wrong of [u.professionalMed, u.firmB, u.brokerA, u.brokerB, u.provider, u.editor, u.legal]) expect(listed, wrong.email).not.toContain(wrong.id)
  })

  it('R-ROL-01 an inactive firm is refused on save with the rule\'s Spanish message, though a branch manager\'s picker shows it (400, nothing written)', async () => {
    for (const role of ASSIGNERS) {
      await expectRefusedEverywhere(world.users[role], SLUGS.cases, theCase.id, { assignedFirm: inactiveFirm.id }, { statuses: [400], rule: 'R-ROL-01' })
    }
    const refusal = await payload
      .update({ collection: SLUGS.parties, id: world.parties.debtorBog.id, data: { assignedFirm: inactiveFirm.id }, overrideAccess: false, user: world.users.branchManagerBog })
      .catch((e: Error) => e)
    expect((refusal as Error).message).toBe('R-ROL-01: La firma externa asignada debe ser un usuario activo.')
  })

  it('R-ROL-01 a record keeping a firm since deactivated is still saved when the firm is sent back unchanged', async () => {
    const retiring = await createTestUser(payload, world, ROLES.externalFirm, { firmName: 'Firma que se retira' })
    await payload.update({ collection: SLUGS.cases, id: theCase.id, data: { assignedFirm: retiring.id, responsible: null }, overrideAccess: true, context: { asOf: '2026-04-01' } })
    await payload.update({ collection: SLUGS.users, id: retiring.id, data: { active: false }, overrideAccess: true })
    for (const role of ['admin', 'collectionsManager', 'branchManagerBog'] as WorldRole[]) {
      const outcomes = await updateEverywhere(world.users[role], SLUGS.cases, theCase.id, { assignedFirm: retiring.id, branch: world.branches.bog.id })
      expect(outcomes.map((o) => o.status), `${role} ${JSON.stringify(outcomes)}`).toEqual([200, 200, 200])
    }
  })

  it('R-ROL-01 the assignment rules\' firms are checked by the same rule: a broker or an inactive firm is refused on the field, nothing written', async () => {
    const cm = world.users.collectionsManager
    const before = await payload.findGlobal({ slug: SLUGS.assignmentRules, depth: 0 })
    for (const wrong of [world.users.brokerA, inactiveFirm]) {
      const refusal = await payload
        .updateGlobal({ slug: SLUGS.assignmentRules, data: { firms: [world.users.firmA.id, wrong.id] }, overrideAccess: false, user: cm, depth: 0 })
        .then(() => null, (e: { status?: number; message: string; data?: { rule?: string; errors?: { path: string }[] } }) => e)
      expect(refusal, wrong.email).toMatchObject({ status: 400, data: { rule: 'R-ROL-01', errors: [{ path: 'firms' }] } })
      expect(refusal!.message).toMatch(/^R-ROL-01: La firma externa asignada debe ser un usuario (con rol de firma externa|activo)\.$/)
    }
    expect((await payload.findGlobal({ slug: SLUGS.assignmentRules, depth: 0 })).firms).toEqual(before.firms)
    const saved = await payload.updateGlobal({ slug: SLUGS.assignmentRules, data: { firms: [world.users.firmA.id, world.users.firmB.id] }, overrideAccess: false, user: cm, depth: 0 })
    expect(saved.firms).toEqual([world.users.firmA.id, world.users.firmB.id])
  })
})

describe('a debtor\'s BDME flag is derived from the register, never set by hand (R-ROL-05)', () => {
  let debtor: Party
  beforeAll(async () => {
    debtor = (await createParty(payload, { branch: world.branches.med.id, firstName: 'Deudor', lastName: 'BDME' })) as Party
  })

  it('R-ROL-05 nobody sets or clears the flag by hand, the executor and the administrator included (403, nothing written)', async () => {
    for (const [role, user] of everyUser(world)) {
      // Who may update the debtor is refused out loud by the rule; the others have no access to it at all.
      const expected = (['admin', 'collectionsManager', 'professionalMed'] as WorldRole[]).includes(role)
        ? { statuses: [403], rule: 'R-ROL-05' }
        : { statuses: [403, 404] }
      await expectRefusedEverywhere(user, SLUGS.parties, debtor.id, { reportedToBdme: true, bdmeReportedAt: '2026-06-10' }, expected)
    }
  }, 300_000)

  it('R-ROL-05 branch staff still edit a reported debtor when they send the flag back unchanged', async () => {
    await payload.update({ collection: SLUGS.parties, id: debtor.id, data: { reportedToBdme: true, bdmeReportedAt: '2026-06-10' }, overrideAccess: true })
    const stored = await storedRow(payload, SLUGS.parties, debtor.id)
    const outcomes = await updateEverywhere(world.users.professionalMed, SLUGS.parties, debtor.id, {
      firstName: 'Corregido',
      reportedToBdme: stored.reportedToBdme,
      bdmeReportedAt: stored.bdmeReportedAt,
    })
    expect(outcomes.map((o) => o.status), JSON.stringify(outcomes)).toEqual([200, 200, 200])
    expect(await storedRow(payload, SLUGS.parties, debtor.id)).toMatchObject({ firstName: 'Corregido', reportedToBdme: true })
  })
})
