import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/constants/slugs'
import { seedDemoCase } from '../../src/seed/demoCase'
import { testPayload } from './helpers/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await seedDemoCase(payload)
})

describe('demo seed', () => {
  it('R-COB-01 walks one case from persuasive to the execution order, with its notifications and dates', async () => {
    const debtor = (await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: '900123456' } }, depth: 0 })).docs[0]!
    const [c] = (await payload.find({ collection: SLUGS.cases, where: { debtor: { equals: debtor.id } }, depth: 0 })).docs
    expect(c).toMatchObject({ stage: 'COACTIVO', subState: 'ORDEN_DE_EJECUCION' })
    expect(c!.lcd).toMatchObject({ capital: 5_000_000 })
    const notices = (await payload.find({ collection: SLUGS.notifications, where: { case: { equals: c!.id } }, sort: 'createdAt', depth: 0 })).docs
    expect(notices.map((n) => [n.act, String(n.derived?.notifiedOn).slice(0, 10), n.derived?.notifiedBy])).toEqual([
      ['LCD', '2026-06-22', 'AVISO'],
      ['MANDAMIENTO_DE_PAGO', '2026-07-30', 'CORREO'],
    ])
    const events = (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: c!.id } }, limit: 0, depth: 0 })).totalDocs
    expect(events).toBeGreaterThanOrEqual(15)
  })

  it('R-COB-04 the daily sweep still updates the LCD notification of a case that has moved on to coactive', async () => {
    const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf: '2026-11-30' }, queue: 'sweep' })
    await payload.jobs.runByID({ id: job.id })
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    const report = (done.log as any[]).find((entry) => entry.taskSlug === 'deadlineSweep').output.report
    expect(report.errors).toEqual([])
    const debtor = (await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: '900123456' } }, depth: 0 })).docs[0]!
    const [theCase] = (await payload.find({ collection: SLUGS.cases, where: { debtor: { equals: debtor.id } }, depth: 0 })).docs
    const [lcd] = (await payload.find({ collection: SLUGS.notifications, where: { and: [{ act: { equals: 'LCD' } }, { case: { equals: theCase!.id } }] }, depth: 0 })).docs
    // Notified on 22/06 by notice; no appeal in the ten business days after, so the title is final (R-COB-05).
    expect(lcd?.status).toBe('EN_FIRME')
  })

  it('R-COB-17 seeding again changes nothing', async () => {
    const before = (await payload.find({ collection: SLUGS.cases, limit: 0, depth: 0 })).totalDocs
    await seedDemoCase(payload)
    expect((await payload.find({ collection: SLUGS.cases, limit: 0, depth: 0 })).totalDocs).toBe(before)
  })
})
