import type { AgreementStatus } from './statuses'

/** The terms of an agreement a collector watches, with the rule each one comes from. */
export const AGREEMENT_DEADLINE_KINDS = {
  analysis: 'Analizar la solicitud de acuerdo (R-AGR-06)',
  requirements: 'Allegar los requisitos del acuerdo (R-AGR-06)',
  perfection: 'Perfeccionar las garantías del acuerdo (R-AGR-06)',
  instalment: 'Cuota del acuerdo de pago (R-AGR-08)',
  demand: 'Término del requerimiento por incumplimiento (R-AGR-11)',
} as const

export type AgreementDeadlineKind = keyof typeof AGREEMENT_DEADLINE_KINDS

export type AgreementDeadline = { kind: AgreementDeadlineKind; label: string; date: string }

export type AgreementTerms = {
  status: AgreementStatus
  analysisDueOn?: string | null
  requirementsDueOn?: string | null
  perfectionDueOn?: string | null
  /** R-AGR-11: set by the demand for a missed instalment (EN_REQUERIMIENTO). */
  demandDueOn?: string | null
}

const term = (kind: AgreementDeadlineKind, date: string | null | undefined, label?: string): AgreementDeadline[] =>
  date ? [{ kind, label: label ?? AGREEMENT_DEADLINE_KINDS[kind], date: date.slice(0, 10) }] : []

/**
 * The open terms of an agreement, in date order, for the worklist: while the request is decided,
 * the analysis (R-AGR-06), or once requirements were asked, the term to supply them and to perfect
 * the guarantees; once granted, the first instalment not fully paid (R-AGR-08); under a demand for
 * default, the term to prove payment (R-AGR-11). Ended agreements (rejected, withdrawn, void,
 * fulfilled) have none.
 */
export function agreementDeadlines(a: AgreementTerms, nextInstalment: { number: number; dueOn: string } | null): AgreementDeadline[] {
  const list: AgreementDeadline[] = []
  if (a.status === 'SOLICITADO' || a.status === 'EN_ANALISIS') list.push(...term('analysis', a.analysisDueOn))
  if (a.status === 'REQUISITOS_PENDIENTES') list.push(...term('requirements', a.requirementsDueOn), ...term('perfection', a.perfectionDueOn))
  if (a.status === 'EN_REQUERIMIENTO') list.push(...term('demand', a.demandDueOn))
  if ((a.status === 'APROBADO' || a.status === 'EN_REQUERIMIENTO') && nextInstalment) {
    const which = nextInstalment.number === 0 ? 'Abono inicial' : `Cuota ${nextInstalment.number}`
    list.push(...term('instalment', nextInstalment.dueOn, `${which} del acuerdo de pago (R-AGR-08)`))
  }
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
}
