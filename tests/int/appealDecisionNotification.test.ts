import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { buildCaseWorld, type CaseWorld } from './helpers/caseWorld'
import { asUser } from './helpers/asUser'
import { initTestApp } from './helpers/initTestApp'
import { caseInLcdNotification } from './helpers/walkCase'
import { expectRefusal } from './helpers/refusals'

const { payload, api } = await initTestApp()
let world: CaseWorld
let caseId: number
let decisionId: number

const d = (value: unknown) => (value ? String(value).slice(0, 10) : null)

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  // The LCD notified in person on 5 Oct; the debtor appealed (reposición) on 9 Oct.
  const facts = { citationSentOn: '2026-10-01', personallyNotifiedOn: '2026-10-05', appealFiledOn: '2026-10-09' }
  caseId = (await caseInLcdNotification(payload, world, { dueDate: '2026-07-31', signOn: '2026-10-01', facts, recordOn: '2026-10-09' })).caseId
})

describe('decisions on appeals are notified in person or by notice (001 §7.3.14)', () => {
  it('R-NOT-01 the citation of the decision gives ten business days to appear, then a notice, not mail', async () => {
    const decision = await payload.create({
      collection: SLUGS.notifications,
      data: { case: caseId, act: 'DECISION_RECURSO', facts: { citationSentOn: '2026-11-03' } } as any,
      ...asUser(world.users.branchManagerBog, '2026-11-03'),
    })
    decisionId = decision.id
    // 4, 5, 6, 9, 10, 11, 12, 13, [16 holiday], 17, 18 → appear by 18 Nov; notice due 19 Nov.
    expect(d(decision.derived?.appearanceDeadline)).toBe('2026-11-18')
    expect(d(decision.derived?.noticeDueOn)).toBe('2026-11-19')
    expect(decision.status).toBe('EN_CITACION')
  })

  it('R-NOT-01 the daily sweep moves the unanswered citation to "notice due" when the ten days pass', async () => {
    const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf: '2026-11-19' }, queue: 'sweep' })
    await payload.jobs.runByID({ id: job.id })
    const n = await payload.findByID({ collection: SLUGS.notifications, id: decisionId, depth: 0 })
    expect(n.status).toBe('AVISO_PENDIENTE')
  })

  it('R-NOT-01 recording mail on a decision on an appeal is refused over REST and the Local API; nothing is written', async () => {
    const manager = await api.login(world.users.branchManagerBog.email)
    const res = await manager.rest('PATCH', `/${SLUGS.notifications}/${decisionId}`, { facts: { mailDeliveredOn: '2026-11-20' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('R-NOT-01: La decisión de un recurso se notifica personalmente o por aviso')
    await expectRefusal(
      payload.update({ collection: SLUGS.notifications, id: decisionId, data: { facts: { mailReturnedOn: '2026-11-20' } } as any, ...asUser(world.users.branchManagerBog, '2026-11-20') }),
      'R-NOT-01',
      400,
    )
    const n = await payload.findByID({ collection: SLUGS.notifications, id: decisionId, depth: 0 })
    expect([n.facts?.mailDeliveredOn ?? null, n.facts?.mailReturnedOn ?? null]).toEqual([null, null])
  })

  it('R-COB-13 the notice posted on 19 Nov: down 25 Nov, notified 26 Nov, final five business days later (3 Dec)', async () => {
    const n = await payload.update({
      collection: SLUGS.notifications,
      id: decisionId,
      data: { facts: { noticePostedOn: '2026-11-19' } } as any,
      ...asUser(world.users.branchManagerBog, '2026-11-19'),
    })
    // Up 19, 20, 23, 24, 25 → down 25 Nov; notified 26 Nov; 27, 30, 1, 2, 3 → final 3 Dec.
    expect(d(n.derived?.noticeTakeDownOn)).toBe('2026-11-25')
    expect(d(n.derived?.notifiedOn)).toBe('2026-11-26')
    expect(n.derived?.notifiedBy).toBe('AVISO')
    expect(d(n.derived?.finalOn)).toBe('2026-12-03')
  })
})
