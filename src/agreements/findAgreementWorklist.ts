import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { agreementDeadlines, type AgreementDeadlineKind } from '@/rules/agreements/agreementDeadlines'
import { AGREEMENT_STATUS_OPTIONS, INSTALMENT_STATUSES, type AgreementStatus } from '@/rules/agreements/statuses'
import { addDaysIso, day, storeDay } from '@/rules/calendar'
import { flagDeadline, type DeadlineFlag } from '@/rules/cases/caseDeadlines'
import { idOf } from '@/utilities/idOf'

/** How far ahead the worklist shows a granted agreement's next instalment: this week. */
export const INSTALMENT_LOOKAHEAD_DAYS = 7

/** Requests being decided and agreements under a demand: their terms always show (R-AGR-06, R-AGR-11). */
const WATCHED_STATUSES: AgreementStatus[] = ['SOLICITADO', 'EN_ANALISIS', 'REQUISITOS_PENDIENTES', 'EN_REQUERIMIENTO']

const UNPAID_INSTALMENT = [INSTALMENT_STATUSES.due, INSTALMENT_STATUSES.partial, INSTALMENT_STATUSES.overdue]

/** Most rows the list reads of each kind (nearest terms first). */
const READ_LIMIT = 200

export type AgreementWorklistRow = {
  agreement: number
  title?: string | null
  case: number
  debtorName?: string | null
  status: AgreementStatus
  statusLabel: string
  kind: AgreementDeadlineKind
  label: string
  deadline: string
  flag: DeadlineFlag
  branch?: number | null
}

type AgreementTermsRow = {
  id: number
  title?: string | null
  case: number | { id: number }
  status: AgreementStatus
  analysisDueOn?: string | null
  requirementsDueOn?: string | null
  perfectionDueOn?: string | null
  demandDueOn?: string | null
  branch?: number | { id: number } | null
}

/**
 * The agreements' terms next to the cases' in the collector's worklist, for every agreement the
 * user may read (overrideAccess: false: a branch its branch, a firm its cases, national roles all):
 * the analysis, requirements and perfection terms of the requests being decided (R-AGR-06), the
 * next instalment of granted agreements when it falls due this week or is already overdue
 * (R-AGR-08), the term of a demand for default (R-AGR-11). Two indexed reads: agreements by status,
 * instalments by due date and status. `demandDueOn` is the demand's term written by the sweep
 * (src/agreements/default/openDemand.ts).
 */
export const findAgreementWorklist = async (req: PayloadRequest, { asOf }: { asOf: string }): Promise<AgreementWorklistRow[]> => {
  const user = req.user!
  const as = { overrideAccess: false, user, req, depth: 0 } as const
  const select = {
    title: true,
    case: true,
    status: true,
    analysisDueOn: true,
    requirementsDueOn: true,
    perfectionDueOn: true,
    branch: true,
    demandDueOn: true,
  } as const
  const watched = await req.payload.find({
    collection: SLUGS.agreements,
    where: { status: { in: WATCHED_STATUSES } },
    sort: ['analysisDueOn', 'id'],
    limit: READ_LIMIT,
    select,
    ...as,
  })
  const until = storeDay(addDaysIso(asOf, INSTALMENT_LOOKAHEAD_DAYS))!
  const dueSoon = await req.payload.find({
    collection: SLUGS.agreementInstalments,
    where: { and: [{ status: { in: UNPAID_INSTALMENT } }, { dueOn: { less_than_equal: until } }] },
    sort: ['dueOn', 'number'],
    limit: READ_LIMIT,
    select: { agreement: true, number: true, dueOn: true },
    ...as,
  })
  // The first unpaid instalment of each agreement (they come in due-date order).
  const nextOf = new Map<number, { number: number; dueOn: string }>()
  for (const i of dueSoon.docs) {
    const agreement = idOf(i.agreement) as number
    if (!nextOf.has(agreement)) nextOf.set(agreement, { number: i.number, dueOn: day(i.dueOn)! })
  }
  const agreements = new Map<number, AgreementTermsRow>(watched.docs.map((a) => [a.id, a as AgreementTermsRow]))
  const granted = [...nextOf.keys()].filter((id) => !agreements.has(id))
  if (granted.length > 0) {
    const { docs } = await req.payload.find({ collection: SLUGS.agreements, where: { id: { in: granted } }, limit: granted.length, select, ...as })
    for (const a of docs) agreements.set(a.id, a as AgreementTermsRow)
  }
  const caseIds = [...new Set([...agreements.values()].map((a) => idOf(a.case) as number))]
  const cases = caseIds.length
    ? await req.payload.find({ collection: SLUGS.cases, where: { id: { in: caseIds } }, limit: caseIds.length, select: { debtorName: true }, ...as })
    : { docs: [] }
  const debtorOf = new Map(cases.docs.map((c) => [c.id, c.debtorName]))

  const rows: AgreementWorklistRow[] = []
  for (const a of agreements.values()) {
    const caseId = idOf(a.case) as number
    const terms = { ...a, analysisDueOn: day(a.analysisDueOn), requirementsDueOn: day(a.requirementsDueOn), perfectionDueOn: day(a.perfectionDueOn), demandDueOn: day(a.demandDueOn) }
    for (const d of agreementDeadlines(terms, nextOf.get(a.id) ?? null)) {
      rows.push({
        agreement: a.id,
        title: a.title,
        case: caseId,
        debtorName: debtorOf.get(caseId) ?? null,
        status: a.status,
        statusLabel: AGREEMENT_STATUS_OPTIONS.find((o) => o.value === a.status)?.label ?? a.status,
        kind: d.kind,
        label: d.label,
        deadline: d.date,
        flag: flagDeadline(d.date, asOf),
        branch: (idOf(a.branch) as number | undefined) ?? null,
      })
    }
  }
  return rows.sort((x, y) => (x.deadline < y.deadline ? -1 : x.deadline > y.deadline ? 1 : x.agreement - y.agreement))
}

