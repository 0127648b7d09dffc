import { RuleViolation } from '@/rules/ruleViolation'
import { AGREEMENT_STATUS_OPTIONS, GRANTED_STATUSES, type AgreementStatus } from './statuses'

const NEXT: Record<AgreementStatus, AgreementStatus[]> = {
  SOLICITADO: ['EN_ANALISIS', 'REQUISITOS_PENDIENTES', 'APROBADO', 'RECHAZADO', 'DESISTIDO'],
  EN_ANALISIS: ['REQUISITOS_PENDIENTES', 'APROBADO', 'RECHAZADO', 'DESISTIDO'],
  REQUISITOS_PENDIENTES: ['EN_ANALISIS', 'APROBADO', 'RECHAZADO', 'DESISTIDO'],
  APROBADO: ['EN_REQUERIMIENTO', 'CUMPLIDO'],
  EN_REQUERIMIENTO: ['APROBADO', 'SIN_VIGENCIA', 'CUMPLIDO'],
  SIN_VIGENCIA: [],
  RECHAZADO: [],
  DESISTIDO: [],
  CUMPLIDO: [],
}

const label = (status: AgreementStatus) => AGREEMENT_STATUS_OPTIONS.find((o) => o.value === status)?.label ?? status

/** The terms a granted agreement keeps: its schedule was built from them (R-AGR-08). */
export const GRANTED_TERMS = ['obligations', 'interest', 'costs', 'downPayment', 'termMonths', 'periodicity', 'case'] as const

/**
 * R-AGR-06 … R-AGR-12: the walk of an agreement — request, analysis, requirements, approval or
 * rejection or withdrawal; once granted, demand for default and void, or fulfilled. A request opens
 * as SOLICITADO; a granted agreement keeps the terms its schedule was built from.
 */
export function assertAgreementStatusChange(input: { from: AgreementStatus | null; to: AgreementStatus; changedTerms: string[] }): void {
  const { from, to } = input
  if (from === null) {
    if (to !== 'SOLICITADO') throw new RuleViolation('R-AGR-01', 'Un acuerdo de pago empieza con su solicitud escrita (estado "Solicitado").', 409, { path: 'status' })
    return
  }
  if (from !== to && !NEXT[from].includes(to)) {
    throw new RuleViolation('R-AGR-06', `Un acuerdo "${label(from)}" no puede pasar a "${label(to)}".`, 409, { path: 'status' })
  }
  if (GRANTED_STATUSES.includes(from) || !NEXT[from].length) {
    if (input.changedTerms.length > 0) {
      throw new RuleViolation(
        'R-AGR-08',
        `Un acuerdo "${label(from)}" conserva los términos de su plan de pagos; no cambia: ${input.changedTerms.join(', ')}.`,
        409,
      )
    }
  }
}
