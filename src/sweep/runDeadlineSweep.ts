import type { PayloadRequest, Where } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { isDatabaseUnavailable } from '@/db/databaseUnavailable'
import { queueEmail } from '@/email/queueEmail'
import type { DigestItem } from '@/email/templates/deadlineDigest'
import { nextAutomaticMove } from '@/rules/cases/automaticMoves'
import { flagDeadline, type DeadlineFlag } from '@/rules/cases/caseDeadlines'
import { DEADLINE_FLAG } from '@/rules/cases/caseOptions'
import { NOTIFICATION_STATUS, notificationStatusOn } from '@/rules/cases/notificationStatus'
import { STAGES, SUB_STATE, WORKING_STAGES } from '@/rules/cases/stages'
import { addDaysIso, day } from '@/rules/calendar'
import { NO_INSOLVENCY } from '@/rules/parties/insolvency'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { takeDownNotices } from './takeDownNotices'
import { openAgreementDemands } from './openAgreementDemands'
import { asSystem } from '@/utilities/asSystem'
import { idOf } from '@/utilities/idOf'
import { withContext } from '@/utilities/withContext'

export type SweepReport = {
  asOf: string
  notificationsAdvanced: number
  /** Published notices taken down because their last day had passed (R-NOT-02). */
  noticesTakenDown: number
  /** Agreements in force demanded for a missed instalment (R-AGR-11). */
  agreementDemandsOpened: number
  /** Void resolutions drafted for demands whose term passed unpaid (R-AGR-12). */
  voidResolutionsDrafted: number
  casesMoved: { caseId: number; to: string; rule: string }[]
  flagged: { overdue: number; dueSoon: number }
  emailsQueued: number
  emailsAlreadyQueued: number
  errors: string[]
}

// The stages the sweep works on: a terminated, suspended or insolvency case admits no action (R-COB-01).
const OPEN_STAGES = [...WORKING_STAGES]
const PAGE = 500

/** Walks a collection in id order, page by page, so rows updated on the way never shift a page. */
async function* byIdPages<T extends { id: number }>(
  req: PayloadRequest,
  collection: string,
  where: Where,
  select: Record<string, unknown>,
): AsyncGenerator<T[]> {
  let lastId = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection: collection as never,
      where: { and: [where, { id: { greater_than: lastId } }] },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      depth: 0,
      select: select as never,
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) return
    yield docs as unknown as T[]
    lastId = (docs.at(-1) as unknown as T).id
  }
}

/**
 * The daily deadline sweep (R-COB-04…13, R-NOT-01). Idempotent: it only writes what differs from
 * what the rules say for `asOf`, and each person's digest is sent once per date.
 * 0. Published notices whose last day is past are taken down (R-NOT-02: src/sweep/takeDownNotices.ts).
 *    Payment agreements with a missed instalment are demanded, and demands whose term passed unpaid
 *    get their void resolution drafted (R-AGR-11/12: src/sweep/openAgreementDemands.ts).
 * 1. Notifications whose status the date has changed (citation unanswered → notice due, notice
 *    down → notified, term passed → final) are re-saved, which recomputes them and their case.
 * 2. Moves the law makes by itself (nextAutomaticMove) are applied as the system, still through
 *    the case hooks and their rules.
 * 3. Every open case's deadline flag is set from its stored next deadline (bulk SQL on indexed
 *    columns: the flag is a cache of `nextDeadline` against the date, no rule involved).
 * 4. Each responsible user and external firm gets one e-mail with its overdue and due-soon terms,
 *    queued through queueEmail (an `email-messages` row and a `sendEmail` job, retried until the mail server accepts it).
 */
export async function runDeadlineSweep({ req, asOf, soonDays = 5 }: { req: PayloadRequest; asOf: string; soonDays?: number }): Promise<SweepReport> {
  const report: SweepReport = { asOf, notificationsAdvanced: 0, noticesTakenDown: 0, agreementDemandsOpened: 0, voidResolutionsDrafted: 0, casesMoved: [], flagged: { overdue: 0, dueSoon: 0 }, emailsQueued: 0, emailsAlreadyQueued: 0, errors: [] }
  // Settings and calendar are read once for the whole sweep (the hooks reuse them).
  const legalSettings = await loadLegalSettings(req)
  const system = <T>(run: () => Promise<T>) => asSystem(req, () => withContext(req, { asOf, legalSettings }, run))

  // 0. Public notices whose last day has passed come down before their notifications advance.
  const notices = await system(() => takeDownNotices(req, asOf))
  report.noticesTakenDown = notices.takenDown
  report.errors.push(...notices.errors)

  // 0b. Payment agreements in default: demands opened and void resolutions drafted (src/sweep/openAgreementDemands.ts).
  const agreements = await system(() => openAgreementDemands(req, asOf))
  report.agreementDemandsOpened = agreements.demandsOpened
  report.voidResolutionsDrafted = agreements.voidResolutionsDrafted
  report.errors.push(...agreements.errors)

  // 1. Notifications
  type N = { id: number; status: string; facts: Record<string, string | null>; derived: Record<string, string | null> }
  // Only open cases: a terminated or suspended case admits no action (R-COB-01), so its
  // notifications stay as they were when it closed.
  const pendingNotifications: Where = { and: [{ status: { not_equals: NOTIFICATION_STATUS.final } }, { 'case.stage': { in: OPEN_STAGES } }] }
  for await (const page of byIdPages<N>(req, SLUGS.notifications, pendingNotifications, { status: true, facts: true, derived: true })) {
    for (const n of page) {
      const status = notificationStatusOn(
        { citationSentOn: day(n.facts?.citationSentOn), noticePostedOn: day(n.facts?.noticePostedOn) },
        { noticeDueOn: day(n.derived?.noticeDueOn), notifiedOn: day(n.derived?.notifiedOn), finalOn: day(n.derived?.finalOn) },
        asOf,
      )
      if (status === n.status) continue
      try {
        await system(() => req.payload.update({ collection: SLUGS.notifications, id: n.id, data: {}, depth: 0, overrideAccess: true, req }))
        report.notificationsAdvanced++
      } catch (error) {
        if (isDatabaseUnavailable(error)) throw error
        report.errors.push(`Notificación ${n.id}: ${(error as Error).message}`)
      }
    }
  }

  // 2. Automatic moves
  const insolvent = (
    await req.payload.find({
      collection: SLUGS.parties,
      where: { insolvencyStatus: { not_equals: NO_INSOLVENCY } },
      pagination: false,
      depth: 0,
      select: { idNumber: true },
      overrideAccess: true,
      req,
    })
  ).docs.map((p) => p.id)
  const candidates: Where = {
    or: [
      { and: [{ stage: { equals: STAGES.preLegal } }, { subState: { in: [SUB_STATE.lcdInNotification, SUB_STATE.lcdNotified] } }] },
      { and: [{ stage: { equals: STAGES.coactive } }, { subState: { equals: SUB_STATE.paymentOrderIssued } }] },
      ...(insolvent.length > 0 ? [{ and: [{ stage: { in: OPEN_STAGES } }, { debtor: { in: insolvent } }] }] : []),
    ],
  }
  type C = { id: number; stage: any; subState: any; debtor: number; lcd?: any; paymentOrder?: any }
  const insolventSet = new Set(insolvent.map(String))
  for await (const page of byIdPages<C>(req, SLUGS.cases, candidates, { stage: true, subState: true, debtor: true, lcd: true, paymentOrder: true })) {
    for (const c of page) {
      let position = { stage: c.stage, subState: c.subState }
      for (let step = 0; step < 3; step++) {
        const move = nextAutomaticMove(
          {
            ...position,
            debtorInsolvent: insolventSet.has(String(idOf(c.debtor))),
            lcdNotifiedOn: day(c.lcd?.notifiedOn),
            titleFinalOn: day(c.lcd?.finalOn),
            paymentOrderNotifiedOn: day(c.paymentOrder?.notifiedOn),
          },
          asOf,
        )
        if (!move) break
        try {
          await system(() => req.payload.update({ collection: SLUGS.cases, id: c.id, data: move.to as never, depth: 0, overrideAccess: true, req }))
          report.casesMoved.push({ caseId: c.id, to: `${move.to.stage}/${move.to.subState}`, rule: move.rule })
          position = move.to
        } catch (error) {
          // Without the database the rest of the sweep cannot run either: fail, and the job retries.
          if (isDatabaseUnavailable(error)) throw error
          report.errors.push(`Expediente ${c.id}: ${(error as Error).message}`)
          break
        }
      }
    }
  }

  // 3. Flags
  const horizon = addDaysIso(asOf, soonDays)
  const startOf = (date: string) => `${date}T00:00:00.000Z`
  const endOf = (date: string) => `${date}T23:59:59.999Z`
  const open: Where = { stage: { in: OPEN_STAGES } }
  const setFlag = (flag: DeadlineFlag, where: Where) =>
    req.payload.db.updateMany({
      collection: SLUGS.cases,
      where: { and: [open, { deadlineFlag: { not_equals: flag } }, where] },
      data: { deadlineFlag: flag },
      returning: false,
      req,
    })
  await setFlag(DEADLINE_FLAG.overdue, { nextDeadline: { less_than: startOf(asOf) } })
  await setFlag(DEADLINE_FLAG.dueSoon, { and: [{ nextDeadline: { greater_than_equal: startOf(asOf) } }, { nextDeadline: { less_than_equal: endOf(horizon) } }] })
  await setFlag(DEADLINE_FLAG.onTime, { nextDeadline: { greater_than: endOf(horizon) } })

  // 4. Digests
  type F = {
    id: number
    title: string
    stage: string
    nextDeadline: string
    nextDeadlineLabel: string
    responsible?: number | null
    assignedFirm?: number | null
    paymentOrder?: { signedBy?: number | null }
  }
  const byRecipient = new Map<string, DigestItem[]>()
  for await (const page of byIdPages<F>(
    req,
    SLUGS.cases,
    { and: [open, { nextDeadline: { less_than_equal: endOf(horizon) } }] },
    { title: true, stage: true, nextDeadline: true, nextDeadlineLabel: true, responsible: true, assignedFirm: true, paymentOrder: { signedBy: true } },
  )) {
    for (const c of page) {
      const date = day(c.nextDeadline)!
      const flag = flagDeadline(date, asOf, soonDays)
      if (flag === DEADLINE_FLAG.overdue) report.flagged.overdue++
      else report.flagged.dueSoon++
      const item = { caseTitle: c.title, deadlineLabel: c.nextDeadlineLabel, date, flag }
      // The collector in charge, the external firm, and in coactive the executor officer who signed the order.
      const executor = c.stage === STAGES.coactive ? idOf(c.paymentOrder?.signedBy) : undefined
      const recipients = [idOf(c.responsible), idOf(c.assignedFirm), executor].filter((r) => r !== undefined).map(String)
      for (const recipient of new Set(recipients)) {
        byRecipient.set(recipient, [...(byRecipient.get(recipient) ?? []), item])
      }
    }
  }
  for (const [userId, items] of byRecipient) {
    const user = await req.payload.findByID({ collection: SLUGS.users, id: userId, depth: 0, select: { email: true, name: true }, overrideAccess: true, req })
    // One digest per person and date (the message's key): a second sweep the same day queues nothing (R-NOT-03).
    const { queued } = await queueEmail({
      req,
      template: 'deadlineDigest',
      data: { recipientName: user.name ?? user.email, asOf, items },
      to: user.email,
      cause: { collection: SLUGS.users, id: user.id },
      key: `deadline-digest:${asOf}:${userId}`,
    })
    if (queued) report.emailsQueued++
    else report.emailsAlreadyQueued++
  }
  return report
}
