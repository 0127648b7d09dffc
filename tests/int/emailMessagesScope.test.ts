import { beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { Case, EmailMessage, User } from '@/payload-types'
import { PASSWORD } from './helpers/accessWorld'
import { buildCaseWorld, type CaseWorld } from './helpers/caseWorld'
import { randomDigits } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'
import { expectLocalDenied, expectRestDenied } from './helpers/refusals'
import { walkCase } from './helpers/walkCase'

/**
 * R-NOT-03, R-ROL-01/02: the "Correos" of a case are read as the case is. A message that belongs to
 * a case takes its branch and firm: branch staff read those of their branch, an external firm those
 * of the cases assigned to it, national roles all; a message without a case (a digest, a password
 * reset) only national roles; editors, brokers and providers none. Nobody but the server writes them.
 */
const { payload, api } = await initTestApp()

let world: CaseWorld
let managerMed: User
const cases = {} as { bog: Case; med: Case }
const messages = {} as { bog: EmailMessage; med: EmailMessage; none: EmailMessage }

/** A message as queueEmail stores it (the system writes; the hook copies the case's scope). */
const message = (caseId: number | null, side: string) =>
  payload.create({
    collection: SLUGS.emailMessages,
    data: { to: `deudor-${side}@test.co`, subject: `Correo ${side}`, template: 'deadlineDigest', text: 'Texto', status: 'QUEUED', attempts: 0, case: caseId },
    depth: 0,
    overrideAccess: true,
  }) as Promise<EmailMessage>

const ids = () => [messages.bog.id, messages.med.id, messages.none.id]
const idsQuery = () => ids().map((id, i) => `where[id][in][${i}]=${id}`).join('&')

/** The messages among the three that a user reads through the Local API, as the admin would list them. */
const localRead = async (user: User) =>
  (await payload.find({ collection: SLUGS.emailMessages, where: { id: { in: ids() } }, sort: 'id', depth: 0, overrideAccess: false, user })).docs.map((d) => d.id)

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  const tag = randomDigits(6)
  managerMed = (await payload.create({
    collection: SLUGS.users,
    data: { email: `gerente-med-${tag}@test.co`, password: PASSWORD, name: 'Gerente Medellín', role: ROLES.branchManager, branch: world.branches.med.id },
    overrideAccess: true,
    depth: 0,
  })) as User
  cases.bog = await walkCase(payload, world, { to: 'GESTION_PERSUASIVA', side: 'bog' })
  cases.med = await walkCase(payload, world, { to: 'GESTION_PERSUASIVA', side: 'med' })
  messages.bog = await message(cases.bog.id, 'bog')
  messages.med = await message(cases.med.id, 'med')
  messages.none = await message(null, 'sin-expediente')
}, 300_000)

describe('R-NOT-03 R-ROL-01: the e-mails of a case are read by whoever reads the case', () => {
  it('R-ROL-01 a message takes the branch and firm of its case; one without a case has neither', () => {
    expect([messages.bog.branch, messages.bog.assignedFirm]).toEqual([world.branches.bog.id, world.users.firmA.id])
    expect([messages.med.branch, messages.med.assignedFirm]).toEqual([world.branches.med.id, world.users.firmB.id])
    expect([messages.none.branch ?? null, messages.none.assignedFirm ?? null]).toEqual([null, null])
  })

  it('R-ROL-01 Local API: branch staff read their branch’s, a firm its cases’, national roles all; nobody else any', async () => {
    const { users } = world
    expect(await localRead(users.branchManagerBog)).toEqual([messages.bog.id])
    expect(await localRead(users.professionalBog)).toEqual([messages.bog.id])
    expect(await localRead(managerMed)).toEqual([messages.med.id])
    expect(await localRead(users.professionalMed)).toEqual([messages.med.id])
    expect(await localRead(users.firmA)).toEqual([messages.bog.id])
    expect(await localRead(users.firmB)).toEqual([messages.med.id])
    for (const national of [users.admin, users.collectionsManager, users.executor, users.legal]) expect(await localRead(national)).toEqual(ids())
    // Editors are refused the collection; brokers and providers have no path in it (their list is empty).
    await expectLocalDenied(payload.find({ collection: SLUGS.emailMessages, depth: 0, overrideAccess: false, user: users.editor }))
    for (const outsider of [users.brokerA, users.provider]) expect(await localRead(outsider)).toEqual([])
    // Another branch's message by id: not found for the manager of the other branch and for the other firm.
    await expectLocalDenied(payload.findByID({ collection: SLUGS.emailMessages, id: messages.bog.id, overrideAccess: false, user: managerMed }), [403, 404])
    await expectLocalDenied(payload.findByID({ collection: SLUGS.emailMessages, id: messages.bog.id, overrideAccess: false, user: users.firmB }), [403, 404])
  })

  it('R-ROL-01 REST: the list and the document answer the same; the case’s "Correos" tab lists its own', async () => {
    const bogManager = await api.as(world.users.branchManagerBog)
    const list = await bogManager.rest('GET', `/${SLUGS.emailMessages}?depth=0&sort=id&${idsQuery()}`)
    expect(list.status, JSON.stringify(list.body)).toBe(200)
    expect(list.body.docs.map((d: EmailMessage) => d.id)).toEqual([messages.bog.id])
    expect((await bogManager.rest('GET', `/${SLUGS.emailMessages}/${messages.bog.id}?depth=0`)).status).toBe(200)
    expectRestDenied(await bogManager.rest('GET', `/${SLUGS.emailMessages}/${messages.med.id}?depth=0`), [403, 404])
    expectRestDenied(await bogManager.rest('GET', `/${SLUGS.emailMessages}/${messages.none.id}?depth=0`), [403, 404])
    expectRestDenied(await (await api.as(managerMed)).rest('GET', `/${SLUGS.emailMessages}/${messages.bog.id}?depth=0`), [403, 404])
    expectRestDenied(await (await api.as(world.users.firmB)).rest('GET', `/${SLUGS.emailMessages}/${messages.bog.id}?depth=0`), [403, 404])
    expectRestDenied(await api.anonymous.rest('GET', `/${SLUGS.emailMessages}/${messages.bog.id}?depth=0`), [401, 403, 404])
    const theCase = await bogManager.rest('GET', `/${SLUGS.cases}/${cases.bog.id}?depth=0`)
    expect(theCase.status).toBe(200)
    expect(theCase.body.emails.docs.map((d: number | { id: number }) => (typeof d === 'number' ? d : d.id))).toContain(messages.bog.id)
    // Nobody but the server writes them: a branch manager's change of its own branch's message is refused.
    expectRestDenied(await bogManager.rest('PATCH', `/${SLUGS.emailMessages}/${messages.bog.id}`, { subject: 'Cambiado' }), [403])
  })

  it('R-ROL-01 GraphQL: the other branch’s manager and the other case’s firm read only their own', async () => {
    const query = `{ EmailMessages(limit: 10, sort: "id", where: { OR: [${ids().map((id) => `{ id: { equals: ${id} } }`).join(', ')}] }) { docs { id } } }`
    for (const [user, expected] of [
      [managerMed, [messages.med.id]],
      [world.users.firmB, [messages.med.id]],
      [world.users.firmA, [messages.bog.id]],
      [world.users.collectionsManager, ids()],
    ] as const) {
      const res = await (await api.as(user)).graphql(query)
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined()
      expect(res.body.data.EmailMessages.docs.map((d: { id: number }) => d.id)).toEqual(expected)
    }
  })
})
