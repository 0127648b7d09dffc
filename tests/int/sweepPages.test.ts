import { createLocalReq } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import { runDeadlineSweep } from '@/sweep/runDeadlineSweep'
import { buildCaseWorld, type CaseWorld } from './helpers/caseWorld'
import { initTestApp } from './helpers/initTestApp'
import { caseInLcdNotification } from './helpers/walkCase'

const { payload } = await initTestApp()
let world: CaseWorld

const ASOF = '2026-11-30'
const sweep = async (options: Partial<Parameters<typeof runDeadlineSweep>[0]> = {}) =>
  runDeadlineSweep({ req: await createLocalReq({ context: { asOf: ASOF } }, payload), asOf: ASOF, ...options })
const caseOf = (id: number) => payload.findByID({ collection: SLUGS.cases, id, depth: 0, context: { asOf: ASOF } })
const eventsOf = async (caseId: number) =>
  (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: caseId } }, sort: 'id', pagination: false, depth: 0 })).docs.map((e) => e.summary)
const d = (value: unknown) => (value ? String(value).slice(0, 10) : null)

// LCDs notified in person on Mon 5 Oct and final on 21 Oct: the sweep of 30 Nov moves each twice.
const notifiedLcd = () =>
  caseInLcdNotification(payload, world, { dueDate: '2026-07-31', signOn: '2026-10-01', facts: { citationSentOn: '2026-10-01', personallyNotifiedOn: '2026-10-05' }, recordOn: '2026-10-05' })
// A citation sent 18 Nov, received 19 Nov, unanswered: notice due 27 Nov.
const unansweredCitation = () =>
  caseInLcdNotification(payload, world, { dueDate: '2026-08-31', signOn: '2026-11-17', facts: { citationSentOn: '2026-11-18', citationReceivedOn: '2026-11-19' }, recordOn: '2026-11-19' })

let moved: { caseId: number }[]
let refused: { caseId: number }
let citations: { caseId: number; notificationId: number }[]

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  moved = [await notifiedLcd(), await notifiedLcd(), await notifiedLcd()]
  citations = [await unansweredCitation(), await unansweredCitation()]
  // A case whose stored LCD date says "notified" while no notification record does: the sweep plans
  // the move, and the case's own rules refuse it when the save recomputes the date from the records.
  refused = await unansweredCitation()
  await (payload.db.drizzle as any).execute(sql`UPDATE cases SET lcd_notified_on = '2026-11-20T12:00:00Z' WHERE id = ${refused.caseId}`)
}, 600_000)

describe('the daily sweep commits page by page', () => {
  it('R-COB-05 a sweep cut after its first page of moves keeps that page; run again, it finishes the rest and moves nothing twice', async () => {
    const [first, ...rest] = moved
    // One case per page; the sweep is cut right after the page that moved the first case was committed.
    const cut = sweep({
      pageSize: 1,
      onPageCommitted: async (phase) => {
        if (phase === 'moves' && (await caseOf(first!.caseId)).subState === 'EN_FIRME') throw new Error('corte simulado')
      },
    })
    await expect(cut).rejects.toThrow('corte simulado')
    expect((await caseOf(first!.caseId)).subState).toBe('EN_FIRME')
    for (const c of rest) expect((await caseOf(c.caseId)).subState).toBe('EN_NOTIFICACION')
    // The notifications phase ran whole before the cut: both citations are "notice due" already.
    for (const c of citations) expect((await payload.findByID({ collection: SLUGS.notifications, id: c.notificationId, depth: 0 })).status).toBe('AVISO_PENDIENTE')

    const again = await sweep()
    for (const c of rest) expect((await caseOf(c.caseId)).subState).toBe('EN_FIRME')
    const movedAgain = again.casesMoved.map((m) => m.caseId)
    expect(movedAgain).not.toContain(first!.caseId)
    expect(movedAgain.filter((id) => rest.some((c) => c.caseId === id))).toHaveLength(4)
    expect(again.notificationsAdvanced).toBe(0)
    // In the same page, the case whose move its rules refuse is reported and does not hold the others back.
    expect(again.errors.join(' ')).toContain(`Expediente ${refused.caseId}:`)
    // The first case's file says each move once.
    const summaries = await eventsOf(first!.caseId)
    expect(summaries.filter((s) => s.startsWith('Pasa a PREJURIDICO · ') && s.includes('(antes PREJURIDICO · LCD en notificación)'))).toHaveLength(1)
    expect(again.timings).toEqual(expect.objectContaining({ notifications: expect.any(Number), moves: expect.any(Number), flags: expect.any(Number), total: expect.any(Number) }))
  })

  it('R-COB-04 a move the case rules refuse is reported on every run and written nowhere', async () => {
    const eventsBefore = await eventsOf(refused.caseId)
    const report = await sweep()
    expect(report.errors.join(' ')).toContain(`Expediente ${refused.caseId}:`)
    expect((await caseOf(refused.caseId)).subState).toBe('EN_NOTIFICACION')
    expect(await eventsOf(refused.caseId)).toEqual(eventsBefore)
    // Nothing else was left to move: the cases of the earlier test stay where they are.
    expect(report.casesMoved).toEqual([])
  })

  it('R-NOT-01 the bulk advance leaves what the hooks leave: status, next term, audit entry, case file entry and the case next deadline', async () => {
    const [c] = citations
    const notification = await payload.findByID({ collection: SLUGS.notifications, id: c!.notificationId, depth: 0 })
    expect(notification.status).toBe('AVISO_PENDIENTE')
    expect(d(notification.nextDeadline)).toBe('2026-11-27')
    const audit = await payload.find({
      collection: SLUGS.auditLogs,
      where: { and: [{ collectionSlug: { equals: SLUGS.notifications } }, { documentId: { equals: String(c!.notificationId) } }] },
      sort: '-id',
      limit: 1,
      depth: 0,
    })
    expect(audit.docs[0]?.changes).toEqual(expect.arrayContaining([{ field: 'status', from: 'EN_CITACION', to: 'AVISO_PENDIENTE' }]))
    expect(audit.docs[0]?.user ?? null).toBeNull()
    const events = await payload.find({ collection: SLUGS.caseEvents, where: { and: [{ case: { equals: c!.caseId } }, { kind: { equals: 'AUTOMATICA' } }] }, depth: 0 })
    expect(events.docs.map((e) => e.summary)).toEqual([expect.stringContaining('Aviso por publicar')])
    expect(events.docs[0]?.actorEmail).toBe('sistema')
    const theCase = await caseOf(c!.caseId)
    expect(d(theCase.nextDeadline)).toBe('2026-11-27')
    expect(theCase.nextDeadlineLabel).toBe('Publicar el aviso (R-COB-04)')
  })
})
