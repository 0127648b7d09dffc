import type { PayloadRequest, Where } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { day } from '@/rules/calendar'
import type { ReportAgreement, ReportCase, ReportEvidence, ReportPayment } from '@/rules/reports/reportFigures'
import { STAGES } from '@/rules/cases/stages'
import { idOf } from '@/utilities/idOf'

const system = { depth: 0, pagination: false, overrideAccess: true } as const

/** The first instant of a period YYYY-MM in Bogotá (UTC−5, no daylight saving), and of the next one. */
export const periodInstants = (period: string) => {
  const [year, month] = period.split('-').map(Number) as [number, number]
  return { from: new Date(Date.UTC(year, month - 1, 1, 5)).toISOString(), to: new Date(Date.UTC(year, month, 1, 5)).toISOString() }
}

/**
 * The case file a report is computed from, loaded as the system once the report's author was
 * checked (R-INF-01): the firm's cases (or every coactive case for the executor), with their
 * actions and measures, the agreements on them and the payments recorded on those agreements.
 */
export const loadCaseFile = async (req: PayloadRequest, scope: { firm: number } | 'coactive') => {
  const where: Where = scope === 'coactive' ? { stage: { equals: STAGES.coactive } } : { assignedFirm: { equals: scope.firm } }
  const { docs: caseDocs } = await req.payload.find({
    collection: SLUGS.cases,
    where,
    select: { title: true, debtor: true, debtorName: true, stage: true, subState: true, capitalTotal: true, persuasiveActions: true, measures: true },
    sort: 'id',
    ...system,
    req,
  })
  const cases: ReportCase[] = caseDocs.map((c) => ({
    id: c.id,
    title: c.title ?? String(c.id),
    debtor: idOf(c.debtor)!,
    debtorName: c.debtorName ?? '',
    stage: c.stage,
    subState: c.subState,
    capitalTotal: c.capitalTotal ?? 0,
    actions: (c.persuasiveActions ?? []).map((a) => ({ channel: a.channel, date: day(a.date) ?? '' })),
    measures: (c.measures ?? []).map((m) => ({ kind: m.kind, amount: m.amount, orderedOn: day(m.orderedOn) ?? '', liftedOn: day(m.liftedOn) })),
  }))
  const caseIds = cases.map((c) => c.id as number)
  if (caseIds.length === 0) return { cases, agreements: [] as ReportAgreement[], payments: [] as ReportPayment[] }
  const { docs: agreementDocs } = await req.payload.find({
    collection: SLUGS.agreements,
    where: { case: { in: caseIds } },
    select: { case: true, debtor: true, status: true, approvedOn: true, total: true },
    sort: 'id',
    ...system,
    req,
  })
  const agreements: ReportAgreement[] = agreementDocs.map((a) => ({
    id: a.id,
    case: idOf(a.case)!,
    debtor: idOf(a.debtor)!,
    status: a.status,
    approvedOn: day(a.approvedOn),
    total: a.total ?? 0,
  }))
  const byAgreement = new Map(agreements.map((a) => [String(a.id), a]))
  const { docs: paymentDocs } =
    agreements.length === 0
      ? { docs: [] }
      : await req.payload.find({
          collection: SLUGS.payments,
          where: { agreement: { in: agreements.map((a) => a.id as number) } },
          select: { agreement: true, amount: true, paidOn: true },
          sort: 'id',
          ...system,
          req,
        })
  const payments: ReportPayment[] = paymentDocs.map((p) => {
    const agreement = byAgreement.get(String(idOf(p.agreement)))!
    return { id: p.id, case: agreement.case, debtor: agreement.debtor, amount: p.amount, paidOn: day(p.paidOn) ?? '' }
  })
  return { cases, agreements, payments }
}

/** The evidence a firm gathered in the month: documents in its scope uploaded then (not the reports themselves). */
export const loadEvidence = async (req: PayloadRequest, firm: number, period: string): Promise<ReportEvidence[]> => {
  const { from, to } = periodInstants(period)
  const { docs } = await req.payload.find({
    collection: SLUGS.documents,
    where: { and: [{ firm: { equals: firm } }, { createdAt: { greater_than_equal: from } }, { createdAt: { less_than: to } }, { category: { not_equals: 'INFORME' } }] },
    select: { filename: true, category: true, description: true, createdAt: true },
    sort: 'createdAt',
    ...system,
    req,
  })
  return docs.map((d) => ({
    id: d.id,
    filename: d.filename ?? '',
    category: d.category,
    description: d.description ?? '',
    createdOn: new Date(new Date(d.createdAt).getTime() - 5 * 3_600_000).toISOString().slice(0, 10),
  }))
}

/** Debtors assigned to the firm by batches of the period (the trail). */
export const countNewAssignments = async (req: PayloadRequest, firm: number, period: string) =>
  (await req.payload.count({ collection: SLUGS.firmAssignments, where: { and: [{ firm: { equals: firm } }, { period: { equals: period } }] }, overrideAccess: true, req })).totalDocs
