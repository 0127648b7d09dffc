import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { queueEmail } from '@/email/queueEmail'
import type { DigestItem } from '@/email/templates/deadlineDigest'
import { flagDeadline } from '@/rules/cases/caseDeadlines'
import { DEADLINE_FLAG } from '@/rules/cases/caseOptions'
import { STAGES, WORKING_STAGES } from '@/rules/cases/stages'
import { transactionDb } from '@/db/transactionDb'
import { addDaysIso, day } from '@/rules/calendar'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { takeDownNotices } from './takeDownNotices'
import { openAgreementDemands } from './openAgreementDemands'
import { advanceNotifications } from './advanceNotifications'
import { applyAutomaticMoves } from './applyAutomaticMoves'
import { asSystem } from '@/utilities/asSystem'
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
// Rows of the digest's read per query (a few columns each).
const DIGEST_PAGE = 5000

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

  // 3. Flags: one UPDATE on indexed columns, only the rows whose flag differs.
  const horizon = addDaysIso(asOf, soonDays)
  const startOf = (date: string) => `${date}T00:00:00.000Z`
  const endOf = (date: string) => `${date}T23:59:59.999Z`
  const openStages = sql`(${sql.join(
    OPEN_STAGES.map((stage) => sql`${stage}`),
    sql`, `,
  )})`
  await timed('flags', async () => {
    const flagOf = sql`(CASE WHEN next_deadline < ${startOf(asOf)}::timestamptz THEN ${DEADLINE_FLAG.overdue}
                             WHEN next_deadline <= ${endOf(horizon)}::timestamptz THEN ${DEADLINE_FLAG.dueSoon}
                             ELSE ${DEADLINE_FLAG.onTime} END)::enum_cases_deadline_flag`
    await (await transactionDb(req)).execute(sql`
      UPDATE cases SET deadline_flag = ${flagOf}
      WHERE stage::text IN ${openStages} AND next_deadline IS NOT NULL AND deadline_flag IS DISTINCT FROM ${flagOf}`)
  })

  // 4. Digests: the open cases due by the horizon with their recipients, read by keyset pages in SQL.
  const byRecipient = new Map<string, DigestItem[]>()
  const digestStarted = performance.now()
  const db = await transactionDb(req)
  for (let lastId = 0; ; ) {
    const { rows } = await db.execute(sql`
      SELECT id, title, stage, next_deadline, next_deadline_label, responsible_id, assigned_firm_id, payment_order_signed_by_id
      FROM cases WHERE stage::text IN ${openStages} AND next_deadline <= ${endOf(horizon)}::timestamptz AND id > ${lastId}
      ORDER BY id LIMIT ${DIGEST_PAGE}`)
    if (rows.length === 0) break
    lastId = Number(rows.at(-1)!.id)
    for (const c of rows) {
      // Legal dates are stored at noon UTC: the stored day, as the rest of the app reads it (`day`).
      const date = day(c.next_deadline instanceof Date ? c.next_deadline.toISOString() : c.next_deadline)!
      const flag = flagDeadline(date, asOf, soonDays)
      if (flag === DEADLINE_FLAG.overdue) report.flagged.overdue++
      else report.flagged.dueSoon++
      const item = { caseTitle: String(c.title ?? ''), deadlineLabel: String(c.next_deadline_label ?? ''), date, flag }
      // The collector in charge, the external firm, and in coactive the executor officer who signed the order.
      const executor = c.stage === STAGES.coactive ? c.payment_order_signed_by_id : null
      const recipients = [c.responsible_id, c.assigned_firm_id, executor].filter((r) => r !== null && r !== undefined).map(String)
      for (const recipient of new Set(recipients)) {
        const items = byRecipient.get(recipient)
        if (items) items.push(item)
        else byRecipient.set(recipient, [item])
      }
    }
  }
  report.timings.digestRead = Math.round(performance.now() - digestStarted)
  const mailStarted = performance.now()
  const users = new Map<string, { id: number; email: string; name?: string | null }>()
  if (byRecipient.size > 0) {
    const { docs } = await req.payload.find({
      collection: SLUGS.users,
      where: { id: { in: [...byRecipient.keys()] } },
      pagination: false,
      depth: 0,
      select: { email: true, name: true },
      overrideAccess: true,
      req,
    })
    for (const u of docs) users.set(String(u.id), u)
  }
  for (const [userId, items] of byRecipient) {
    const user = users.get(userId)
    if (!user) continue
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
