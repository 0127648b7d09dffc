import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Case, Party, User } from '@/payload-types'
import { everyUser, type AccessWorld, type WorldRole } from './helpers/accessWorld'
import { buildCaseWorld, debtLine } from './helpers/caseWorld'
import { createParty, storedRow } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'

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
