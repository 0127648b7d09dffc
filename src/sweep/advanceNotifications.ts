import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, Where } from 'payload'

import { diffDocuments, type FieldChange } from '@/audit/diffDocuments'
import { caseSnapshot } from '@/cases/caseSnapshot'
import { loadNotificationsOfCases } from '@/cases/loadCaseNotifications'
import { mergeCaseData } from '@/cases/mergeCaseData'
import { notificationFactsOf } from '@/cases/notificationFactsOf'
import { SLUGS } from '@/constants/slugs'
import { isDatabaseUnavailable } from '@/db/databaseUnavailable'
import { transactionDb } from '@/db/transactionDb'
import type { Case } from '@/payload-types'
import { day, storeDay } from '@/rules/calendar'
import { flagDeadline, openDeadlines } from '@/rules/cases/caseDeadlines'
import { CASE_EVENT_KIND } from '@/rules/cases/caseOptions'
import { assertCollectionMayProceed } from '@/rules/cases/caseTransition'
import { NOTIFICATION_STATUS, NOTIFICATION_STATUSES } from '@/rules/cases/notificationStatus'
import { notificationTermsOn } from '@/rules/cases/notificationTermsOn'
import { WORKING_STAGES } from '@/rules/cases/stages'
import { isInsolvent } from '@/rules/parties/insolvency'
import { enforceRule } from '@/utilities/enforceRule'
import type { LegalSettings } from '@/utilities/legalSettings'
import { idOf } from '@/utilities/idOf'
import { byIdPages } from './byIdPages'
import { inPageTransaction } from './inPageTransaction'

type StoredNotification = {
  id: number
  case: number
  act: any
  title?: string | null
  document?: number | null
  status?: string | null
  nextDeadline?: string | null
  facts?: Record<string, unknown> | null
  derived?: Record<string, string | null> | null
}

type Advance = { n: StoredNotification; status: string; nextDeadline: string | null; changes: FieldChange[] }

const DATE_FIELDS = ['appearanceDeadline', 'noticeDueOn', 'noticeTakeDownOn', 'notifiedOn', 'responseDeadline', 'finalOn'] as const

const CASE_SELECT = {
  title: true,
  debtor: true,
  branch: true,
  assignedFirm: true,
  stage: true,
  subState: true,
  oldestDueDate: true,
  defaultNotice: true,
  lcd: true,
  followUp: true,
  paymentOrder: true,
  exceptions: true,
  nextDeadline: true,
  nextDeadlineLabel: true,
  deadlineFlag: true,
} as const

export type NotificationAdvanceReport = { advanced: number; throughHooks: number; errors: string[] }

/**
 * Step 1 of the daily sweep (R-NOT-01, R-COB-04/05/13): notifications whose status the date has
 * changed (citation unanswered → notice due, notice down → notified, term passed → final), page
 * by page, each page in its own transaction:
 * - the new status and next term come from `notificationTermsOn`, the pure function the
 *   notification's own save runs, and are written with one UPDATE per page;
 * - each affected case's next deadline, its label and flag are recomputed with the case's own pure
 *   `openDeadlines` over its notification records (one read of the page's cases and records) and
 *   written with one UPDATE;
 * - what the hooks leave today is written in bulk: an audit entry per changed notification and
 *   case (as the system), and the automatic case-file entry "<title>: <status>…" (R-COB-17).
 * A record whose dates the date alone does not explain (a recount the calendar still owes) is
 * re-saved through the notification's hooks as before; a notification of an insolvent debtor is
 * refused by the same rule the hook applies (R-COB-09) and reported.
 */
export async function advanceNotifications(
  req: PayloadRequest,
  { asOf, settings, pageSize, onPage }: { asOf: string; settings: LegalSettings; pageSize: number; onPage?: () => Promise<void> },
): Promise<NotificationAdvanceReport> {
  const report: NotificationAdvanceReport = { advanced: 0, throughHooks: 0, errors: [] }
  // Only open cases: a terminated or suspended case admits no action (R-COB-01), so its
  // notifications stay as they were when it closed.
  const pending: Where = { and: [{ status: { not_equals: NOTIFICATION_STATUS.final } }, { 'case.stage': { in: [...WORKING_STAGES] } }] }
  const select = { case: true, act: true, title: true, document: true, status: true, nextDeadline: true, facts: true, derived: true }
  for await (const page of byIdPages<StoredNotification>(req, SLUGS.notifications, pending, select, pageSize)) {
    const bulk: Advance[] = []
    const throughHooks: StoredNotification[] = []
    for (const n of page) {
      const stored = Object.fromEntries(Object.entries(n.derived ?? {}).map(([field, value]) => [field, day(value)]))
      let terms
      try {
        terms = enforceRule(() => notificationTermsOn(notificationFactsOf(n.act, n.facts), stored, settings.calendar, asOf))
      } catch (error) {
        report.errors.push(`Notificación ${n.id}: ${(error as Error).message}`)
        continue
      }
      if (terms.status === n.status) continue
      const recounted = DATE_FIELDS.some((field) => (terms.dates[field] ?? null) !== day(n.derived?.[field])) || (terms.dates.notifiedBy ?? null) !== (n.derived?.notifiedBy ?? null)
      if (recounted) {
        throughHooks.push(n)
        continue
      }
      const nextDeadline = storeDay(terms.next?.date)
      const changes = diffDocuments({ status: n.status ?? null, nextDeadline: n.nextDeadline ?? null }, { status: terms.status, nextDeadline })
      bulk.push({ n, status: terms.status, nextDeadline, changes })
    }

    if (bulk.length > 0) {
      const cases = await casesOf(req, [...new Set(bulk.map((a) => Number(idOf(a.n.case))))])
      const insolventDebtors = await insolventDebtorsOf(req, [...cases.values()].map((c) => Number(idOf(c.debtor))))
      const writable = bulk.filter((a) => {
        const c = cases.get(Number(idOf(a.n.case)))!
        try {
          enforceRule(() => assertCollectionMayProceed({ debtorInsolvent: insolventDebtors.has(Number(idOf(c.debtor))), stage: c.stage }))
          return true
        } catch (error) {
          report.errors.push(`Notificación ${a.n.id}: ${(error as Error).message}`)
          return false
        }
      })
      if (writable.length > 0) {
        await inPageTransaction(req, (pageReq) => writeAdvances(pageReq, writable, cases, asOf))
        report.advanced += writable.length
      }
    }

    // The rare record the date alone does not explain goes through every hook, as a user's save would.
    for (const n of throughHooks) {
      try {
        await inPageTransaction(req, (pageReq) => req.payload.update({ collection: SLUGS.notifications, id: n.id, data: {}, depth: 0, overrideAccess: true, req: pageReq }))
        report.advanced++
        report.throughHooks++
      } catch (error) {
        if (isDatabaseUnavailable(error)) throw error
        report.errors.push(`Notificación ${n.id}: ${(error as Error).message}`)
      }
    }
    await onPage?.()
  }
  return report
}

type CaseRow = Pick<Case, 'id' | 'title' | 'debtor' | 'branch' | 'assignedFirm' | 'stage' | 'subState' | 'nextDeadline' | 'nextDeadlineLabel' | 'deadlineFlag'> & Partial<Case>

const casesOf = async (req: PayloadRequest, ids: number[]): Promise<Map<number, CaseRow>> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.cases,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: CASE_SELECT,
    overrideAccess: true,
    req,
  })
  return new Map((docs as CaseRow[]).map((c) => [c.id, c]))
}

const insolventDebtorsOf = async (req: PayloadRequest, ids: number[]): Promise<Set<number>> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.parties,
    where: { id: { in: [...new Set(ids)] } },
    pagination: false,
    depth: 0,
    select: { insolvencyStatus: true },
    overrideAccess: true,
    req,
  })
  return new Set(docs.filter((p) => isInsolvent(p.insolvencyStatus)).map((p) => p.id))
}

const auditRow = (collection: string, id: number, changes: FieldChange[]) =>
  sql`(${collection}, ${String(id)}, 'update'::enum_audit_logs_operation, NULL::int, NULL::varchar, ${JSON.stringify(changes)}::jsonb)`

/** The page's writes, in its transaction: notifications, their audit, the cases' deadlines and audit, the case-file entries. */
const writeAdvances = async (req: PayloadRequest, advances: Advance[], cases: Map<number, CaseRow>, asOf: string) => {
  const db = await transactionDb(req)
  await db.execute(sql`
    UPDATE notifications AS n SET status = v.status::enum_notifications_status, next_deadline = v.next_deadline::timestamptz, updated_at = now()
    FROM (VALUES ${sql.join(
      advances.map((a) => sql`(${a.n.id}::int, ${a.status}, ${a.nextDeadline})`),
      sql`, `,
    )}) AS v (id, status, next_deadline)
    WHERE n.id = v.id`)
  const audited = advances.filter((a) => a.changes.length > 0)
  if (audited.length > 0) {
    await db.execute(sql`
      INSERT INTO audit_logs (collection_slug, document_id, operation, user_id, user_email, changes)
      VALUES ${sql.join(audited.map((a) => auditRow(SLUGS.notifications, a.n.id, a.changes)), sql`, `)}`)
  }

  // The cases read their next deadline from their notification records (setNextDeadline's rule).
  const notifications = await loadNotificationsOfCases(req, [...cases.keys()])
  const caseChanges: { c: CaseRow; nextDeadline: string | null; label: string | null; flag: string | null; changes: FieldChange[] }[] = []
  for (const c of cases.values()) {
    const next = openDeadlines(caseSnapshot(mergeCaseData({}, c as Case), notifications.get(c.id) ?? []), asOf)[0]
    const after = { nextDeadline: storeDay(next?.date), nextDeadlineLabel: next?.label ?? null, deadlineFlag: next ? flagDeadline(next.date, asOf) : null }
    const changes = diffDocuments({ nextDeadline: c.nextDeadline ?? null, nextDeadlineLabel: c.nextDeadlineLabel ?? null, deadlineFlag: c.deadlineFlag ?? null }, after)
    if (changes.length > 0) caseChanges.push({ c, nextDeadline: after.nextDeadline, label: after.nextDeadlineLabel, flag: after.deadlineFlag, changes })
  }
  if (caseChanges.length > 0) {
    await db.execute(sql`
      UPDATE cases AS c SET next_deadline = v.next_deadline::timestamptz, next_deadline_label = v.label,
             deadline_flag = v.flag::enum_cases_deadline_flag, updated_at = now()
      FROM (VALUES ${sql.join(
        caseChanges.map((x) => sql`(${x.c.id}::int, ${x.nextDeadline}, ${x.label}, ${x.flag})`),
        sql`, `,
      )}) AS v (id, next_deadline, label, flag)
      WHERE c.id = v.id`)
    await db.execute(sql`
      INSERT INTO audit_logs (collection_slug, document_id, operation, user_id, user_email, changes)
      VALUES ${sql.join(caseChanges.map((x) => auditRow(SLUGS.cases, x.c.id, x.changes)), sql`, `)}`)
  }

  // R-COB-17: the step in the case file, as syncCaseAfterNotification writes it for the system.
  await db.execute(sql`
    INSERT INTO case_events (case_id, at, kind, summary, actor_id, actor_email, document_id, branch_id, assigned_firm_id)
    VALUES ${sql.join(
      advances.map((a) => {
        const c = cases.get(Number(idOf(a.n.case)))!
        return sql`(${c.id}::int, now(), ${CASE_EVENT_KIND.automatic}::enum_case_events_kind, ${caseFileSummary(a).slice(0, 500)}, NULL::int, 'sistema',
                    ${idOf(a.n.document) ?? null}::int, ${idOf(c.branch) ?? null}::int, ${idOf(c.assignedFirm) ?? null}::int)`
      }),
      sql`, `,
    )}`)
}

const caseFileSummary = ({ n, status }: Advance) => {
  const label = NOTIFICATION_STATUSES.find((s) => s.value === status)?.label ?? status
  const notifiedOn = n.derived?.notifiedOn ? `, notificada el ${String(n.derived.notifiedOn).slice(0, 10)}` : ''
  const finalOn = n.derived?.finalOn ? `, en firme desde ${String(n.derived.finalOn).slice(0, 10)}` : ''
  return `${n.title}: ${label}${notifiedOn}${finalOn}.`
}
