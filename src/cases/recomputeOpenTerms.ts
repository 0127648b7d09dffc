import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { describeMovedTerms, recomputeOpenNotificationDates, type MovedTerm } from '@/rules/cases/calendarChange'
import { CASE_EVENT_KIND } from '@/rules/cases/caseOptions'
import { NOTIFICATION_STATUS } from '@/rules/cases/notificationStatus'
import { STAGES } from '@/rules/cases/stages'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { idOf } from '@/utilities/idOf'
import { withContext } from '@/utilities/withContext'
import { appendCaseEvent } from './appendCaseEvent'
import { day } from '@/rules/calendar'
import { notificationFactsOf } from './notificationFactsOf'

export type TermsRecomputeReport = {
  asOf: string
  cause: string
  notificationsChanged: number
  casesChanged: number[]
  /** Records whose stored facts the rules now refuse: left as they are, to be corrected by staff. */
  skipped: string[]
  /** Cases whose writes failed: rolled back, tried again by the next run. */
  errors: string[]
}

type N = { id: number; act: any; case: number | { id: number }; facts?: Record<string, unknown>; derived?: Record<string, unknown> }

const PAGE = 500

/**
 * After a calendar change (`cause`), counts again the open terms of every notification of a case
 * not terminated, with the calendar the settings give now, keeping what was settled on `asOf`
 * (recomputeOpenNotificationDates). Each case whose dates moved gets its notifications re-saved
 * (which refreshes the case's own dates and next deadline) and ONE case-file entry saying which
 * terms moved, from what date to what date and why, in one transaction per case.
 * Idempotent: a second run finds nothing to move and writes nothing.
 */
export async function recomputeOpenTerms({ req, asOf, cause }: { req: PayloadRequest; asOf: string; cause: string }): Promise<TermsRecomputeReport> {
  const report: TermsRecomputeReport = { asOf, cause, notificationsChanged: 0, casesChanged: [], skipped: [], errors: [] }
  const legalSettings = await withContext(req, { legalSettings: undefined }, () => loadLegalSettings(req))

  // 1. Find what moves, page by page in id order (nothing is written while reading).
  const byCase = new Map<number, { id: number; act: string; moved: MovedTerm[] }[]>()
  let lastId = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection: SLUGS.notifications,
      where: { and: [{ status: { not_equals: NOTIFICATION_STATUS.final } }, { 'case.stage': { not_equals: STAGES.terminated } }, { id: { greater_than: lastId } }] },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      depth: 0,
      select: { act: true, case: true, facts: true, derived: true },
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) break
    for (const n of docs as unknown as N[]) {
      const stored = Object.fromEntries(Object.entries(n.derived ?? {}).map(([field, value]) => [field, day(value)]))
      try {
        const { moved } = recomputeOpenNotificationDates(notificationFactsOf(n.act, n.facts), stored, legalSettings.calendar, asOf)
        if (moved.length === 0) continue
        const caseId = idOf(n.case) as number
        byCase.set(caseId, [...(byCase.get(caseId) ?? []), { id: n.id, act: n.act, moved }])
      } catch (error) {
        report.skipped.push(`Notificación ${n.id}: ${(error as Error).message}`)
      }
    }
    lastId = docs.at(-1)!.id
  }

  // 2. Write, one case at a time, as the system (a calendar change is nobody's act on the case).
  const user = req.user
  req.user = null
  try {
    for (const [caseId, notifications] of byCase) {
      const own = await initTransaction(req)
      try {
        await withContext(req, { asOf, legalSettings, deadlinesOnly: true, calendarChange: true }, async () => {
          for (const n of notifications) {
            await req.payload.update({ collection: SLUGS.notifications, id: n.id, data: {}, depth: 0, overrideAccess: true, req })
          }
          const theCase = await req.payload.findByID({
            collection: SLUGS.cases,
            id: caseId,
            depth: 0,
            select: { branch: true, assignedFirm: true },
            overrideAccess: true,
            req,
          })
          await appendCaseEvent(req, theCase, { kind: CASE_EVENT_KIND.automatic, summary: describeMovedTerms(cause, notifications) })
        })
        if (own) await commitTransaction(req)
        report.notificationsChanged += notifications.length
        report.casesChanged.push(caseId)
      } catch (error) {
        // Inside a caller's transaction a failed write has spoiled it: let the caller roll back.
        if (!own) throw error
        await killTransaction(req)
        report.errors.push(`Expediente ${caseId}: ${(error as Error).message}`)
      }
    }
  } finally {
    req.user = user
  }
  return report
}
