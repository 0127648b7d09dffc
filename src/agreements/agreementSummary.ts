import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { agreementCoverage, type AgreementCoverage } from '@/rules/agreements/agreementCoverage'
import { agreementStanding } from '@/rules/agreements/agreementStanding'
import { AGREEMENT_STATUS_OPTIONS } from '@/rules/agreements/statuses'
import { day } from '@/rules/calendar'
import { GUARANTEE_KIND_OPTIONS } from '@/rules/guarantees/kinds'
import { GUARANTEE_STATUSES } from '@/rules/guarantees/statuses'
import { RuleViolation } from '@/rules/ruleViolation'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { idOf } from '@/utilities/idOf'

const labelOf = (options: readonly { value: string; label: string }[], value: string | null | undefined) =>
  options.find((o) => o.value === value)?.label ?? value ?? ''

/**
 * What the agreement's page shows, as the acting user may read it (overrideAccess: false): the
 * schedule as it stands on `today` (paid / pending / overdue per instalment, balance, interest owed
 * today: R-AGR-08/13, R-INT-01) and the guarantees of its case with their coverage (R-GAR-01/02).
 * A request not yet granted has no schedule: its figures are the requested terms.
 */
export const loadAgreementSummary = async (req: PayloadRequest, id: number, today: string) => {
  const user = req.user!
  const as = { overrideAccess: false, user, req, depth: 0 } as const
  const agreement = await req.payload.findByID({
    collection: SLUGS.agreements,
    id,
    select: {
      title: true,
      status: true,
      case: true,
      capital: true,
      interest: true,
      costs: true,
      total: true,
      termMonths: true,
      requestedOn: true,
      approvedOn: true,
    },
    ...as,
  })
  const caseId = idOf(agreement.case) as number
  const { docs: instalments } = await req.payload.find({
    collection: SLUGS.agreementInstalments,
    where: { agreement: { equals: id } },
    sort: 'number',
    limit: 0,
    pagination: false,
    select: {
      number: true,
      dueOn: true,
      amount: true,
      paidAmount: true,
    },
    ...as,
  })
  const { docs: guarantees } = await req.payload.find({
    collection: SLUGS.guarantees,
    where: { case: { equals: caseId } },
    sort: 'id',
    limit: 0,
    pagination: false,
    select: {
      title: true,
      kind: true,
      status: true,
      value: true,
      perfectedOn: true,
    },
    ...as,
  })
  const { moratoriumRates, minimumWages } = await loadLegalSettings(req)
  const standing = agreementStanding({
    instalments: instalments.map((i) => ({
      number: i.number,
      dueOn: day(i.dueOn)!,
      amount: i.amount,
      paidAmount: i.paidAmount ?? 0,
    })),
    today,
    rates: moratoriumRates,
  })
  const startDate = day(agreement.approvedOn) ?? day(agreement.requestedOn) ?? today
  // R-INT-01 / R-COB-07: without the rate or SMMLV of the first day, the page says so instead of failing.
  const coverageOrProblem = (): {
    coverage: AgreementCoverage | null
    coverageProblem: string | null
  } => {
    try {
      return { coverage: coverageOf(), coverageProblem: null }
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error
      return {
        coverage: null,
        coverageProblem: `${error.ruleId}: ${error.message}`,
      }
    }
  }
  const coverageOf = () =>
    agreementCoverage({
      capital: agreement.capital ?? 0,
      costs: agreement.costs ?? 0,
      termMonths: agreement.termMonths ?? 0,
      startDate,
      rates: moratoriumRates,
      wages: minimumWages,
      guarantees: guarantees.map((g) => ({ status: g.status, value: g.value })),
    })
  return {
    id,
    title: agreement.title,
    case: caseId,
    status: agreement.status,
    statusLabel: labelOf(AGREEMENT_STATUS_OPTIONS, agreement.status),
    today,
    total: agreement.total ?? 0,
    approvedOn: day(agreement.approvedOn),
    granted: instalments.length > 0,
    paid: standing.paid,
    // Before the schedule exists, what is owed is the agreement's total.
    balance: instalments.length > 0 ? standing.balance : (agreement.total ?? 0),
    overdue: standing.overdue,
    interestOwed: standing.interestOwed,
    interestProblem: standing.interestProblem,
    next: standing.next && {
      number: standing.next.number,
      dueOn: standing.next.dueOn,
      owed: standing.next.owed,
    },
    instalments: standing.lines.map((l) => ({
      number: l.number,
      dueOn: l.dueOn,
      amount: l.amount,
      paidAmount: l.paidAmount,
      owed: l.owed,
      status: l.standing,
      lateInterest: l.lateInterest,
    })),
    guarantees: guarantees.map((g) => ({
      id: g.id,
      title: g.title,
      kind: g.kind,
      kindLabel: labelOf(GUARANTEE_KIND_OPTIONS, g.kind),
      status: g.status,
      statusLabel: labelOf(GUARANTEE_STATUSES, g.status),
      value: g.value ?? 0,
      perfectedOn: day(g.perfectedOn),
    })),
    ...coverageOrProblem(),
  }
}

export type AgreementSummary = Awaited<ReturnType<typeof loadAgreementSummary>>
