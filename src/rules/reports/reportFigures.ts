import { GRANTED_STATUSES } from '@/rules/agreements/statuses'
import { PERSUASIVE_CHANNELS } from '@/rules/cases/persuasiveNotices'
import { STAGE_OPTIONS, STAGES, SUB_STATE_LABELS, type SubState } from '@/rules/cases/stages'

type Id = number | string

/** A case as the reports read it: its debtor, stage, open capital, persuasive actions and measures. */
export type ReportCase = {
  id: Id
  title: string
  debtor: Id
  debtorName: string
  stage: string
  subState: string
  capitalTotal: number
  actions: readonly { channel: string; date: string }[]
  measures: readonly { kind: string; amount: number; orderedOn: string; liftedOn: string | null }[]
}
export type ReportPayment = { id: Id; case: Id; debtor: Id; amount: number; paidOn: string }
export type ReportAgreement = { id: Id; case: Id; debtor: Id; status: string; approvedOn: string | null; total: number }
export type ReportEvidence = { id: Id; filename: string; category: string; description: string; createdOn: string }

const CLOSED = new Set<string>([STAGES.terminated, STAGES.insolvency])
const isOpen = (c: ReportCase) => !CLOSED.has(c.stage)
const inPeriod = (date: string | null | undefined, period: string) => typeof date === 'string' && date.slice(0, 7) === period
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
/** A share as a percentage with one decimal (0 when there is nothing to share). */
export const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10)

/** The last day of a period YYYY-MM. */
export const periodEnd = (period: string) => {
  const [year, month] = period.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}

/** Open capital per debtor (a debtor's open cases added up). */
const openDebtors = (cases: readonly ReportCase[]) => {
  const byDebtor = new Map<string, { debtor: Id; debtorName: string; capital: number }>()
  for (const c of cases.filter(isOpen)) {
    const entry = byDebtor.get(String(c.debtor)) ?? { debtor: c.debtor, debtorName: c.debtorName, capital: 0 }
    entry.capital += c.capitalTotal
    byDebtor.set(String(c.debtor), entry)
  }
  return byDebtor
}

/**
 * Seed 001 §7.2.3 item 9, the firm's monthly management report, from its case file for one month:
 * persuasive actions by channel (every channel listed, zeros too), the debts assigned and those
 * validated (worked with at least one action in the month), the payments and agreements obtained,
 * the balances to adjust (debtors who paid in the month, what they paid) and the evidence documents.
 */
export const firmManagementFigures = (input: {
  period: string
  cases: readonly ReportCase[]
  payments: readonly ReportPayment[]
  agreements: readonly ReportAgreement[]
  evidence: readonly ReportEvidence[]
}) => {
  const { period } = input
  const actions = input.cases.flatMap((c) => c.actions.filter((a) => inPeriod(a.date, period)).map((a) => ({ ...a, debtor: c.debtor })))
  const actionsByChannel = PERSUASIVE_CHANNELS.map(({ value, label }) => ({ channel: value as string, label: label as string, count: actions.filter((a) => a.channel === value).length }))
  const debtors = openDebtors(input.cases)
  const worked = new Set(actions.map((a) => String(a.debtor)))
  const validated = [...debtors.values()].filter((d) => worked.has(String(d.debtor)))
  const payments = input.payments.filter((p) => inPeriod(p.paidOn, period))
  const agreements = input.agreements.filter((a) => inPeriod(a.approvedOn, period))
  const names = new Map(input.cases.map((c) => [String(c.debtor), c.debtorName]))
  const paidBy = new Map<string, { debtor: Id; debtorName: string; paid: number; payments: number }>()
  for (const p of payments) {
    const entry = paidBy.get(String(p.debtor)) ?? { debtor: p.debtor, debtorName: names.get(String(p.debtor)) ?? String(p.debtor), paid: 0, payments: 0 }
    entry.paid += p.amount
    entry.payments += 1
    paidBy.set(String(p.debtor), entry)
  }
  return {
    period,
    actionsByChannel,
    actionsTotal: actions.length,
    debtsAssigned: { debtors: debtors.size, capital: sum([...debtors.values()].map((d) => d.capital)) },
    debtsValidated: { debtors: validated.length, capital: sum(validated.map((d) => d.capital)) },
    paymentsObtained: { count: payments.length, amount: sum(payments.map((p) => p.amount)) },
    agreementsObtained: { count: agreements.length, total: sum(agreements.map((a) => a.total)) },
    balancesToAdjust: [...paidBy.values()].sort((a, b) => a.debtorName.localeCompare(b.debtorName, 'es')),
    evidence: [...input.evidence].sort((a, b) => a.createdOn.localeCompare(b.createdOn) || String(a.id).localeCompare(String(b.id), 'en', { numeric: true })),
  }
}

/**
 * Seed 001 §7.2.3 item 10, the firm's closing report of the month: where its cases stand (by
 * stage, with their capital), what it recovered in the month and the share of the open capital
 * that is, the agreements in force and obtained, the share of its debtors it worked, and how many
 * debtors it was assigned in the month.
 */
export const firmClosingFigures = (input: {
  period: string
  cases: readonly ReportCase[]
  payments: readonly ReportPayment[]
  agreements: readonly ReportAgreement[]
  newAssignments: number
}) => {
  const { period } = input
  const casesByStage = STAGE_OPTIONS.map(({ value, label }) => {
    const of = input.cases.filter((c) => c.stage === value)
    return { stage: value as string, label, count: of.length, capital: sum(of.map((c) => c.capitalTotal)) }
  })
  const debtors = openDebtors(input.cases)
  const openCapital = sum([...debtors.values()].map((d) => d.capital))
  const recovered = sum(input.payments.filter((p) => inPeriod(p.paidOn, period)).map((p) => p.amount))
  const inForce = input.agreements.filter((a) => (GRANTED_STATUSES as readonly string[]).includes(a.status))
  const obtained = input.agreements.filter((a) => inPeriod(a.approvedOn, period))
  const worked = new Set(input.cases.flatMap((c) => (c.actions.some((a) => inPeriod(a.date, period)) ? [String(c.debtor)] : [])))
  const workedOpen = [...debtors.keys()].filter((d) => worked.has(d)).length
  return {
    period,
    casesByStage,
    openDebtors: debtors.size,
    openCapital,
    recovered,
    recoveryPercent: percentOf(recovered, openCapital + recovered),
    agreementsInForce: { count: inForce.length, total: sum(inForce.map((a) => a.total)) },
    agreementsObtained: { count: obtained.length, total: sum(obtained.map((a) => a.total)) },
    workedDebtors: workedOpen,
    workedPercent: percentOf(workedOpen, debtors.size),
    newAssignments: input.newAssignments,
  }
}

/**
 * Seed 001 §7.9.3, the executor officer's report of the coactive stage for a month: the cases in
 * the stage by state with their capital, the precautionary measures ordered in the month and
 * those in force at its end, the amounts recovered in the month, and the difficulties noted.
 */
export const coactiveFigures = (input: { period: string; cases: readonly ReportCase[]; payments: readonly ReportPayment[]; difficulties: string }) => {
  const { period } = input
  const end = periodEnd(period)
  const coactive = input.cases.filter((c) => c.stage === STAGES.coactive)
  const ids = new Set(coactive.map((c) => String(c.id)))
  const subStates = [...new Set(coactive.map((c) => c.subState))]
  const measures = coactive.flatMap((c) => c.measures)
  const ordered = measures.filter((m) => inPeriod(m.orderedOn, period))
  const inForce = measures.filter((m) => m.orderedOn <= end && (m.liftedOn === null || m.liftedOn > end))
  const recovered = input.payments.filter((p) => ids.has(String(p.case)) && inPeriod(p.paidOn, period))
  return {
    period,
    cases: coactive.length,
    capital: sum(coactive.map((c) => c.capitalTotal)),
    bySubState: subStates.sort().map((s) => ({ subState: s, label: SUB_STATE_LABELS[s as SubState] ?? s, count: coactive.filter((c) => c.subState === s).length })),
    measuresOrdered: { count: ordered.length, amount: sum(ordered.map((m) => m.amount)) },
    measuresInForce: { count: inForce.length, amount: sum(inForce.map((m) => m.amount)) },
    recovered: { count: recovered.length, amount: sum(recovered.map((p) => p.amount)) },
    difficulties: input.difficulties.trim(),
  }
}

export type FirmManagementFigures = ReturnType<typeof firmManagementFigures>
export type FirmClosingFigures = ReturnType<typeof firmClosingFigures>
export type CoactiveFigures = ReturnType<typeof coactiveFigures>
