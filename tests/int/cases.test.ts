import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Case } from '@/payload-types'
import { buildCaseWorld, debtLine, type CaseWorld } from './helpers/caseWorld'
import { asUser } from './helpers/asUser'
import { initTestApp } from './helpers/initTestApp'
import { expectRefusal } from './helpers/refusals'

const { payload, api } = await initTestApp()
let world: CaseWorld


const openCase = (user: any, debtor: number, lines = [debtLine(5_000_000, '2026-03-15')], asOf = '2026-04-01') =>
  payload.create({ collection: SLUGS.cases, data: { debtor, debtLines: lines } as any, ...asUser(user, asOf) }) as Promise<Case>

const move = (user: any, id: number, data: Record<string, unknown>, asOf?: string) =>
  payload.update({ collection: SLUGS.cases, id, data: data as any, ...asUser(user, asOf) }) as Promise<Case>

const reload = (id: number) => payload.findByID({ collection: SLUGS.cases, id, depth: 0 })

const eventsOf = async (id: number) =>
  (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: id } }, sort: 'at', limit: 200, depth: 0 })).docs

beforeAll(async () => {
  world = await buildCaseWorld(payload)
})

describe('cases: who sees and works what', () => {
  let bogCase: Case
  let medCase: Case

  beforeAll(async () => {
    bogCase = await openCase(world.users.professionalBog, world.parties.debtorBog.id)
    medCase = await openCase(world.users.professionalMed, world.parties.debtorMed.id)
  })

  const idsSeenBy = async (user: any) => {
    const { docs } = await payload.find({
      collection: SLUGS.cases,
      where: { id: { in: [bogCase.id, medCase.id] } },
      ...asUser(user),
    })
    return docs.map((d) => d.id).sort()
  }

  it('R-COB-01 a new case takes its debtor\'s branch and firm and starts in persuasive', () => {
    expect(bogCase.stage).toBe('PERSUASIVO')
    expect(bogCase.subState).toBe('GESTION_PERSUASIVA')
    expect(bogCase.branch).toBe(world.branches.bog.id)
    expect(bogCase.assignedFirm).toBe(world.users.firmA.id)
    expect(bogCase.capitalTotal).toBe(5_000_000)
  })

  it('R-ROL-01 branch staff see their branch, an external firm its assigned cases, national roles all', async () => {
    expect(await idsSeenBy(world.users.professionalBog)).toEqual([bogCase.id])
    expect(await idsSeenBy(world.users.firmA)).toEqual([bogCase.id])
    expect(await idsSeenBy(world.users.firmB)).toEqual([medCase.id])
    for (const role of ['admin', 'collectionsManager', 'executor', 'legal'] as const) {
      expect(await idsSeenBy(world.users[role])).toEqual([bogCase.id, medCase.id].sort())
    }
  })

  it('R-ROL-02 brokers and providers see no case; an editor is refused', async () => {
    expect(await idsSeenBy(world.users.brokerA)).toEqual([])
    expect(await idsSeenBy(world.users.provider)).toEqual([])
    await expect(idsSeenBy(world.users.editor)).rejects.toThrow()
  })

  it('R-ROL-01 a branch professional cannot open a case on another branch\'s debtor, nor touch its case', async () => {
    await expect(openCase(world.users.professionalBog, world.parties.debtorMed.id)).rejects.toThrow()
    await expect(move(world.users.professionalBog, medCase.id, { subState: 'CONSTITUIDO_EN_MORA' })).rejects.toThrow()
    expect((await reload(medCase.id)).subState).toBe('GESTION_PERSUASIVA')
  })

  it('R-ROL-02 over GraphQL an external firm lists only its cases and a broker none', async () => {
    const query = `query ($tag: String) { Cases(where: { debtorName: { like: $tag } }, limit: 10) { docs { id stage } } }`
    const variables = { tag: world.tag }
    const firm = await api.login(world.users.firmB.email)
    const seen = await firm.graphql(query, variables)
    expect(seen.body.errors).toBeUndefined()
    expect(seen.body.data.Cases.docs).toEqual([{ id: medCase.id, stage: 'PERSUASIVO' }])
    const broker = await api.login(world.users.brokerB.email)
    expect((await broker.graphql(query, variables)).body.data.Cases.docs).toEqual([])
  })

  it('R-ROL-02 over REST a broker gets nothing and cannot create a case', async () => {
    const broker = await api.login(world.users.brokerA.email)
    const list = await broker.rest('GET', `/cases?where[id][in]=${bogCase.id},${medCase.id}`)
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
    const create = await broker.rest('POST', '/cases', { debtor: world.parties.debtorBog.id, debtLines: [debtLine(1, '2026-03-15')] })
    expect(create.status).toBe(403)
  })
})

describe('cases: the stage rules through the Local API and REST', () => {
  it('R-COB-01 a case cannot be created past the persuasive stage', async () => {
    const refused = payload.create({
      collection: SLUGS.cases,
      data: { debtor: world.parties.debtorBog.id, debtLines: [debtLine(5_000_000, '2026-03-15')], stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' } as any,
      ...asUser(world.users.collectionsManager),
    })
    await expectRefusal(refused, 'R-COB-01', 409)
  })

  it('R-COB-01 skipping from persuasive to coactive is refused over REST with the rule and nothing written', async () => {
    const c = await openCase(world.users.professionalBog, world.parties.debtorBog.id)
    const executor = await api.login(world.users.executor.email)
    const res = await executor.rest('PATCH', `/cases/${c.id}`, { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' })
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toContain('R-COB-01')
    expect((await reload(c.id)).stage).toBe('PERSUASIVO')
  })

  it('R-COB-02 logs persuasive actions with their author, and the default notice date', async () => {
    const c = await openCase(world.users.professionalBog, world.parties.debtorBog.id)
    const updated = await move(world.users.firmA, c.id, {
      persuasiveActions: [{ channel: 'LLAMADA', date: '2026-04-02', outcome: 'Promete pagar', author: world.users.admin.id }],
      defaultNotice: { arisenOn: '2026-03-16', identifiedOn: '2026-03-20' },
    })
    expect(updated.persuasiveActions?.[0]?.author).toBe(world.users.firmA.id)
    expect(String(updated.defaultNotice?.deadline).slice(0, 10)).toBe('2026-04-10')
    const events = await eventsOf(c.id)
    expect(events.map((e) => e.kind)).toEqual(['CREACION', 'GESTION'])
    expect(events[1]!.actor).toBe(world.users.firmA.id)
  })

  it('R-COB-07 keeps an unlocatable debtor under 1 SMMLV in persuasive', async () => {
    await payload.update({ collection: SLUGS.parties, id: world.parties.debtorMed.id, data: { cannotBeLocated: true }, overrideAccess: true })
    try {
      const c = await openCase(world.users.professionalMed, world.parties.debtorMed.id, [debtLine(1_750_904, '2026-03-15')])
      await move(world.users.professionalMed, c.id, { subState: 'CONSTITUIDO_EN_MORA' })
      await expectRefusal(move(world.users.professionalMed, c.id, { stage: 'PREJURIDICO', subState: 'LCD_EN_PROYECTO' }), 'R-COB-07')
      expect((await reload(c.id)).stage).toBe('PERSUASIVO')
    } finally {
      await payload.update({ collection: SLUGS.parties, id: world.parties.debtorMed.id, data: { cannotBeLocated: false }, overrideAccess: true })
    }
  })

  it('R-COB-09 an insolvent debtor stops every action; the case goes to the insolvency team', async () => {
    const c = await openCase(world.users.professionalMed, world.parties.debtorMed.id)
    await payload.update({ collection: SLUGS.parties, id: world.parties.debtorMed.id, data: { insolvencyStatus: 'REORGANIZACION' }, overrideAccess: true })
    try {
      await expectRefusal(
        move(world.users.professionalMed, c.id, { persuasiveActions: [{ channel: 'SMS', date: '2026-04-03', outcome: 'Sin respuesta' }] }),
        'R-COB-09',
      )
      await expectRefusal(move(world.users.professionalMed, c.id, { subState: 'CONSTITUIDO_EN_MORA' }), 'R-COB-09')
      const sent = await move(world.users.professionalMed, c.id, { stage: 'INSOLVENCIA', subState: 'REMITIDO_A_INSOLVENCIA' })
      expect(sent.pausedAt).toEqual({ stage: 'PERSUASIVO', subState: 'GESTION_PERSUASIVA' })
    } finally {
      await payload.update({ collection: SLUGS.parties, id: world.parties.debtorMed.id, data: { insolvencyStatus: 'NINGUNO' }, overrideAccess: true })
    }
  })
})

describe('R-COB-17 the case file', () => {
  it('R-COB-17 nobody, not even an administrator, edits or deletes a case-file entry or a case', async () => {
    const c = await openCase(world.users.professionalBog, world.parties.debtorBog.id)
    const [event] = await eventsOf(c.id)
    await expect(
      payload.update({ collection: SLUGS.caseEvents, id: event!.id, data: { summary: 'otra cosa' }, ...asUser(world.users.admin) }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: SLUGS.caseEvents, id: event!.id, ...asUser(world.users.admin) })).rejects.toThrow()
    await expect(payload.delete({ collection: SLUGS.cases, id: c.id, ...asUser(world.users.admin) })).rejects.toThrow()
    await expect(
      payload.create({ collection: SLUGS.caseEvents, data: { case: c.id, at: new Date().toISOString(), kind: 'ACTO', summary: 'x' }, ...asUser(world.users.admin) }),
    ).rejects.toThrow()
    expect((await eventsOf(c.id))[0]!.summary).toBe(event!.summary)
  })

  it('R-COB-17 an external firm reads the file of its own cases only', async () => {
    const c = await openCase(world.users.professionalBog, world.parties.debtorBog.id)
    const seen = async (user: any) =>
      (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: c.id } }, ...asUser(user) })).docs.length
    expect(await seen(world.users.firmA)).toBe(1)
    expect(await seen(world.users.firmB)).toBe(0)
    expect(await seen(world.users.professionalMed)).toBe(0)
  })
})
