import type { PayloadRequest, Where } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { queueEmail } from '@/email/queueEmail'
import type { DigestItem } from '@/email/templates/deadlineDigest'
import { flagDeadline, type DeadlineFlag } from '@/rules/cases/caseDeadlines'
import { DEADLINE_FLAG } from '@/rules/cases/caseOptions'
import { STAGES, WORKING_STAGES } from '@/rules/cases/stages'
import { addDaysIso, day } from '@/rules/calendar'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { takeDownNotices } from './takeDownNotices'
import { openAgreementDemands } from './openAgreementDemands'
import { advanceNotifications } from './advanceNotifications'
import { applyAutomaticMoves } from './applyAutomaticMoves'
import { byIdPages } from './byIdPages'
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
  /** Milliseconds spent in each phase, in the order they ran, and in all (`total`). */
  timings: Record<string, number>
}

export type SweepOptions = {
  req: PayloadRequest
  asOf: string
  soonDays?: number
  /** Rows per page (each page of writes is one transaction); 500 unless a test asks for fewer. */
  pageSize?: number
  /** Called after each page of steps 1 and 2 is committed (`phase`: 'notifications' | 'moves'): progress, and tests that cut the sweep between pages. */
  onPageCommitted?: (phase: 'notifications' | 'moves', page: number) => Promise<void> | void
}

// The stages the sweep works on: a terminated, suspended or insolvency case admits no action (R-COB-01).
const OPEN_STAGES = [...WORKING_STAGES]
const PAGE = 500

/**
 * The daily deadline sweep (R-COB-04…13, R-NOT-01). Idempotent: it only writes what differs from
 * what the rules say for `asOf`, and each person's digest is sent once per date. Steps 1 and 2
 * commit page by page (src/sweep/inPageTransaction.ts): a sweep cut half-way leaves its earlier
 * pages written and, run again, does the rest. The report says how long each phase took.
 * 0. Published notices whose last day is past are taken down (R-NOT-02: src/sweep/takeDownNotices.ts).
 *    Payment agreements with a missed instalment are demanded, and demands whose term passed unpaid
 *    get their void resolution drafted (R-AGR-11/12: src/sweep/openAgreementDemands.ts).
 * 1. Notifications whose status the date has changed (citation unanswered → notice due, notice
 *    down → notified, term passed → final): status, next term, their cases' next deadline, audit
 *    and case file computed by the pure rules and written in bulk (src/sweep/advanceNotifications.ts).
 * 2. Moves the law makes by itself (nextAutomaticMove) are applied as the system, still through
 *    the case hooks and their rules, with what the hooks read loaded once per page
 *    (src/sweep/applyAutomaticMoves.ts).
 * 3. Every open case's deadline flag is set from its stored next deadline (bulk SQL on indexed
 *    columns: the flag is a cache of `nextDeadline` against the date, no rule involved).
 * 4. Each responsible user and external firm gets one e-mail with its overdue and due-soon terms,
 *    queued through queueEmail (an `email-messages` row and a `sendEmail` job, retried until the mail server accepts it).
 */
export async function runDeadlineSweep({ req, asOf, soonDays = 5, pageSize = PAGE, onPageCommitted }: SweepOptions): Promise<SweepReport> {
  const report: SweepReport = {
    asOf,
    notificationsAdvanced: 0,
    noticesTakenDown: 0,
    agreementDemandsOpened: 0,
    voidResolutionsDrafted: 0,
    casesMoved: [],
    flagged: { overdue: 0, dueSoon: 0 },
    emailsQueued: 0,
    emailsAlreadyQueued: 0,
    errors: [],
    timings: {},
  }
  const started = performance.now()
  const timed = async <T>(phase: string, run: () => Promise<T>): Promise<T> => {
    const t = performance.now()
    try {
      return await run()
    } finally {
      report.timings[phase] = Math.round(performance.now() - t)
    }
  }
  // Settings and calendar are read once for the whole sweep (the hooks reuse them).
  const legalSettings = await timed('settings', () => loadLegalSettings(req))
  const system = <T>(run: () => Promise<T>) => asSystem(req, () => withContext(req, { asOf, legalSettings }, run))
  const pages = { notifications: 0, moves: 0 }
  const onPage = (phase: keyof typeof pages) => async () => {
    pages[phase]++
    await onPageCommitted?.(phase, pages[phase])
  }

  // 0. Public notices whose last day has passed come down before their notifications advance.
  const notices = await timed('notices', () => system(() => takeDownNotices(req, asOf)))
  report.noticesTakenDown = notices.takenDown
  report.errors.push(...notices.errors)

  // 0b. Payment agreements in default: demands opened and void resolutions drafted (src/sweep/openAgreementDemands.ts).
  const agreements = await timed('agreements', () => system(() => openAgreementDemands(req, asOf)))
  report.agreementDemandsOpened = agreements.demandsOpened
  report.voidResolutionsDrafted = agreements.voidResolutionsDrafted
  report.errors.push(...agreements.errors)

  // 1. Notifications
  const advanced = await timed('notifications', () =>
    system(() =>
      advanceNotifications(req, {
        asOf,
        settings: legalSettings,
        pageSize,
        onPage: onPage('notifications'),
      }),
    ),
  )
  report.notificationsAdvanced = advanced.advanced
  report.errors.push(...advanced.errors)

  // 2. Automatic moves
  const moves = await timed('moves', () => system(() => applyAutomaticMoves(req, { asOf, pageSize, onPage: onPage('moves') })))
  report.casesMoved = moves.moved
  report.errors.push(...moves.errors)

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
  await timed('flags', async () => {
    await setFlag(DEADLINE_FLAG.overdue, {
      nextDeadline: { less_than: startOf(asOf) },
    })
    await setFlag(DEADLINE_FLAG.dueSoon, {
      and: [{ nextDeadline: { greater_than_equal: startOf(asOf) } }, { nextDeadline: { less_than_equal: endOf(horizon) } }],
    })
    await setFlag(DEADLINE_FLAG.onTime, {
      nextDeadline: { greater_than: endOf(horizon) },
    })
  })

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
  const digestStarted = performance.now()
  for await (const page of byIdPages<F>(
    req,
    SLUGS.cases,
    { and: [open, { nextDeadline: { less_than_equal: endOf(horizon) } }] },
    {
      title: true,
      stage: true,
      nextDeadline: true,
      nextDeadlineLabel: true,
      responsible: true,
      assignedFirm: true,
      paymentOrder: { signedBy: true },
    },
    pageSize,
  )) {
    for (const c of page) {
      const date = day(c.nextDeadline)!
      const flag = flagDeadline(date, asOf, soonDays)
      if (flag === DEADLINE_FLAG.overdue) report.flagged.overdue++
      else report.flagged.dueSoon++
      const item = {
        caseTitle: c.title,
        deadlineLabel: c.nextDeadlineLabel,
        date,
        flag,
      }
      // The collector in charge, the external firm, and in coactive the executor officer who signed the order.
      const executor = c.stage === STAGES.coactive ? idOf(c.paymentOrder?.signedBy) : undefined
      const recipients = [idOf(c.responsible), idOf(c.assignedFirm), executor].filter((r) => r !== undefined).map(String)
      for (const recipient of new Set(recipients)) {
        byRecipient.set(recipient, [...(byRecipient.get(recipient) ?? []), item])
      }
    }
  }
  report.timings.digestRead = Math.round(performance.now() - digestStarted)
  const mailStarted = performance.now()
  for (const [userId, items] of byRecipient) {
    const user = await req.payload.findByID({
      collection: SLUGS.users,
      id: userId,
      depth: 0,
      select: { email: true, name: true },
      overrideAccess: true,
      req,
    })
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
  report.timings.digestMail = Math.round(performance.now() - mailStarted)
  report.timings.total = Math.round(performance.now() - started)
  return report
}
