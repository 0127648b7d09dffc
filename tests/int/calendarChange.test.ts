import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HOLIDAY_LIST_KEY, recomputeTermsIfHolidaysChanged } from '@/cases/recomputeTermsIfHolidaysChanged'
import { SLUGS } from '@/constants/slugs'
import { holidayListAround } from '@/rules/calendar/holidayList'
import { buildCaseWorld, type CaseWorld } from './helpers/caseWorld'
import { asUser } from './helpers/asUser'
import { initTestApp } from './helpers/initTestApp'
import { caseInLcdNotification } from './helpers/walkCase'

const { payload } = await initTestApp()
let world: CaseWorld

const d = (value: unknown) => (value ? String(value).slice(0, 10) : null)


const notificationOf = (id: number) => payload.findByID({ collection: SLUGS.notifications, id, depth: 0 })
const caseOf = (id: number) => payload.findByID({ collection: SLUGS.cases, id, depth: 0 })
const eventsOf = async (caseId: number) =>
  (await payload.find({ collection: SLUGS.caseEvents, where: { case: { equals: caseId } }, sort: 'at', limit: 200, depth: 0 })).docs

const setExtraDays = (days: { date: string; reason: string }[], asOf: string) =>
  payload.updateGlobal({ slug: SLUGS.settings, data: { extraNonBusinessDays: days }, ...asUser(world.users.admin, asOf) })

const setExtraDaysAs = (user: any) =>
  payload.updateGlobal({ slug: SLUGS.settings, data: { extraNonBusinessDays: [{ date: '2026-12-04', reason: 'x' }] }, ...asUser(user, '2026-12-02') })

/** Runs the recomputation jobs the settings change queued (what the server's autoRun does). */
const runQueuedRecomputations = async () => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'recomputeTerms' } }, { completedAt: { exists: false } }] },
    depth: 0,
  })
  const reports = []
  for (const job of docs) {
    await payload.jobs.runByID({ id: job.id })
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(done.hasError, JSON.stringify(done.error ?? done.log).slice(0, 2000)).toBeFalsy()
    reports.push((done.log as any[]).find((entry) => entry.taskSlug === 'recomputeTerms' && entry.state === 'succeeded').output.report)
  }
  return { jobs: docs, reports }
}

// Case A, open: LCD citation sent Mon 30 Nov, received Tue 1 Dec 2026: appear by Wed 9 Dec (8 Dec
// is a holiday), notice due Thu 10 Dec.
let open: { caseId: number; notificationId: number }
// Case B, elapsed: LCD notified in person Mon 5 Oct 2026; appeal term ended 20 Oct, final 21 Oct.
let elapsed: { caseId: number; notificationId: number }

beforeAll(async () => {
  world = await buildCaseWorld(payload)
  open = await caseInLcdNotification(payload, world, { dueDate: '2026-08-31', signOn: '2026-11-27', facts: { citationSentOn: '2026-11-30', citationReceivedOn: '2026-12-01' }, recordOn: '2026-12-01' })
  elapsed = await caseInLcdNotification(payload, world, { dueDate: '2026-07-31', signOn: '2026-10-01', facts: { citationSentOn: '2026-10-01', personallyNotifiedOn: '2026-10-05' }, recordOn: '2026-10-05' })
})

afterAll(async () => {
  await payload.updateGlobal({ slug: SLUGS.settings, data: { extraNonBusinessDays: [] }, overrideAccess: true, context: { asOf: '2026-12-02' } })
})

describe('a calendar change recomputes the open terms it affects (R-NOT-01, R-COB-17)', () => {
  it('R-NOT-01 the terms are as counted before the change', async () => {
    const n = await notificationOf(open.notificationId)
    expect([d(n.derived?.appearanceDeadline), d(n.derived?.noticeDueOn)]).toEqual(['2026-12-09', '2026-12-10'])
    // The case's next deadline is the notice's due date (caseDeadlines.notificationTerms).
    expect(d((await caseOf(open.caseId)).nextDeadline)).toBe('2026-12-10')
    const b = await notificationOf(elapsed.notificationId)
    expect([d(b.derived?.responseDeadline), d(b.derived?.finalOn)]).toEqual(['2026-10-20', '2026-10-21'])
  })

  it('R-COB-04 an administrator adds a closure on Fri 4 Dec: the open term ends a business day later, with one case-file entry', async () => {
    const eventsBefore = (await eventsOf(open.caseId)).length
    const elapsedEventsBefore = (await eventsOf(elapsed.caseId)).length
    // 14 Oct falls inside case B's appeal term, which has already run out: B does not move.
    await setExtraDays(
      [
        { date: '2026-12-04', reason: 'Cierre por inventario' },
        { date: '2026-10-14', reason: 'Cierre no registrado a tiempo' },
      ],
      '2026-12-02',
    )
    // Queued in the settings' transaction, run by the jobs runner: nothing moved yet.
    expect(d((await notificationOf(open.notificationId)).derived?.appearanceDeadline)).toBe('2026-12-09')
    const { jobs, reports } = await runQueuedRecomputations()
    expect(jobs).toHaveLength(1)
    // Other files' open cases share this database and may move too: this case moved, once.
    expect(reports[0]).toMatchObject({ asOf: '2026-12-02', skipped: [], errors: [] })
    expect(reports[0].casesChanged.filter((id: number) => id === open.caseId)).toHaveLength(1)

    const n = await notificationOf(open.notificationId)
    // 2, 3, [4 closed], 7, [8 holiday], 9, 10 → appear by Thu 10 Dec; notice due Fri 11 Dec.
    expect([d(n.derived?.appearanceDeadline), d(n.derived?.noticeDueOn)]).toEqual(['2026-12-10', '2026-12-11'])
    expect(n.status).toBe('EN_CITACION')
    expect(d((await caseOf(open.caseId)).nextDeadline)).toBe('2026-12-11')

    const added = (await eventsOf(open.caseId)).slice(eventsBefore)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ kind: 'AUTOMATICA', actorEmail: 'sistema' })
    expect(added[0]!.summary).toContain('día no hábil adicional 2026-12-04 agregado (Cierre por inventario)')
    expect(added[0]!.summary).toContain('término para comparecer del 2026-12-09 al 2026-12-10')
    expect(added[0]!.summary).toContain('aviso desde del 2026-12-10 al 2026-12-11')

    const b = await notificationOf(elapsed.notificationId)
    expect([d(b.derived?.responseDeadline), d(b.derived?.finalOn)]).toEqual(['2026-10-20', '2026-10-21'])
    expect(await eventsOf(elapsed.caseId)).toHaveLength(elapsedEventsBefore)
  })

  it('R-COB-17 running the recomputation again moves nothing and writes nothing', async () => {
    const eventsBefore = (await eventsOf(open.caseId)).length
    await payload.jobs.queue({ task: 'recomputeTerms', input: { cause: 'repetición', asOf: '2026-12-02' }, queue: 'sweep' })
    const { reports } = await runQueuedRecomputations()
    expect(reports[0]).toMatchObject({ casesChanged: [], notificationsChanged: 0 })
    expect(await eventsOf(open.caseId)).toHaveLength(eventsBefore)
  })

  it('R-COB-04 striking the closure back moves the term back, again with one case-file entry', async () => {
    const eventsBefore = (await eventsOf(open.caseId)).length
    await setExtraDays([{ date: '2026-10-14', reason: 'Cierre no registrado a tiempo' }], '2026-12-02')
    await runQueuedRecomputations()
    const n = await notificationOf(open.notificationId)
    expect([d(n.derived?.appearanceDeadline), d(n.derived?.noticeDueOn)]).toEqual(['2026-12-09', '2026-12-10'])
    expect(d((await caseOf(open.caseId)).nextDeadline)).toBe('2026-12-10')
    const added = (await eventsOf(open.caseId)).slice(eventsBefore)
    expect(added).toHaveLength(1)
    expect(added[0]!.summary).toContain('día no hábil adicional 2026-12-04 retirado')
    expect(added[0]!.summary).toContain('término para comparecer del 2026-12-10 al 2026-12-09')
  })

  it('R-ROL-01 only an administrator changes the calendar: a refused change queues nothing', async () => {
    await expect(setExtraDaysAs(world.users.branchManagerBog)).rejects.toThrow()
    const { jobs } = await runQueuedRecomputations()
    expect(jobs).toHaveLength(0)
  })

  it('R-NOT-01 a holiday-library update (a new holiday in the list) recomputes the open terms at the next check, once', async () => {
    // Case C: citation sent Tue 1 Dec, received Wed 2 Dec: appear by Thu 10 Dec (8 Dec holiday).
    const c = await caseInLcdNotification(payload, world, { dueDate: '2026-08-31', signOn: '2026-11-27', facts: { citationSentOn: '2026-12-01', citationReceivedOn: '2026-12-02' }, recordOn: '2026-12-02' })
    expect(d((await notificationOf(c.notificationId)).derived?.appearanceDeadline)).toBe('2026-12-10')
    // As the previous library version had left it: counted without 8 December, and recorded so.
    const stored = await notificationOf(c.notificationId)
    await payload.db.updateOne({
      collection: SLUGS.notifications,
      id: c.notificationId,
      data: { derived: { ...stored.derived, appearanceDeadline: '2026-12-09T12:00:00.000Z', noticeDueOn: '2026-12-10T12:00:00.000Z' } },
    })
    const current = holidayListAround('2026-12-03')
    await payload.kv.set(HOLIDAY_LIST_KEY, { ...current, fingerprint: 'before-update', holidays: current.holidays.filter((h) => h !== '2026-12-08') })
    const eventsBefore = (await eventsOf(c.caseId)).length

    const req = await createLocalReq({}, payload)
    const report = await recomputeTermsIfHolidaysChanged({ req, asOf: '2026-12-03' })
    expect(report).toMatchObject({ skipped: [], errors: [] })
    expect(report!.casesChanged).toContain(c.caseId)
    const n = await notificationOf(c.notificationId)
    expect([d(n.derived?.appearanceDeadline), d(n.derived?.noticeDueOn)]).toEqual(['2026-12-10', '2026-12-11'])
    const added = (await eventsOf(c.caseId)).slice(eventsBefore)
    expect(added).toHaveLength(1)
    expect(added[0]!.summary).toContain('festivos agregados 2026-12-08')
    expect(added[0]!.summary).toContain('término para comparecer del 2026-12-09 al 2026-12-10')
    expect((await payload.kv.get<{ fingerprint: string }>(HOLIDAY_LIST_KEY))?.fingerprint).toBe(current.fingerprint)
    // The list is recorded: the next check (next start, next sweep) finds nothing to do.
    expect(await recomputeTermsIfHolidaysChanged({ req: await createLocalReq({}, payload), asOf: '2026-12-03' })).toBeNull()
    expect(await eventsOf(c.caseId)).toHaveLength(eventsBefore + 1)
  })
})
