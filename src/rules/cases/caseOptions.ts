/**
 * The closed lists a case's fields choose from (R-COB-01…17). Values are stored and part of the API;
 * labels are what the admin shows. Hooks and rules compare against these values, never literals.
 */

/** R-COB-17: how near the next legal deadline is (set by the hooks and the daily sweep). */
export const DEADLINE_FLAG = { overdue: 'VENCIDO', dueSoon: 'POR_VENCER', onTime: 'EN_TERMINO' } as const

export const DEADLINE_FLAGS = [
  { label: 'Vencido', value: DEADLINE_FLAG.overdue },
  { label: 'Por vencer', value: DEADLINE_FLAG.dueSoon },
  { label: 'En término', value: DEADLINE_FLAG.onTime },
] as const

/** R-COB-01: what a debt line claims. */
export const DEBT_CONCEPT = { arrears: 'APORTES_EN_MORA', inaccuracy: 'INEXACTITUD', recovery: 'RECOBRO' } as const

export const DEBT_CONCEPTS = [
  { label: 'Aportes en mora', value: DEBT_CONCEPT.arrears },
  { label: 'Aportes con inexactitud', value: DEBT_CONCEPT.inaccuracy },
  { label: 'Recobro de prestaciones', value: DEBT_CONCEPT.recovery },
] as const

export type DebtConcept = (typeof DEBT_CONCEPTS)[number]['value']

/** R-COB-12: the decision on an exception to the payment order. */
export const EXCEPTION_DECISION = { upheld: 'PROBADA', dismissed: 'NO_PROBADA' } as const

export const EXCEPTION_DECISIONS = [
  { label: 'Probada (a favor del deudor)', value: EXCEPTION_DECISION.upheld },
  { label: 'No probada', value: EXCEPTION_DECISION.dismissed },
] as const

/** R-COB-14: precautionary measures. */
export const MEASURE_KIND = { seizure: 'EMBARGO', sequestration: 'SECUESTRO' } as const

export const MEASURE_KINDS = [
  { label: 'Embargo', value: MEASURE_KIND.seizure },
  { label: 'Secuestro', value: MEASURE_KIND.sequestration },
] as const

export type MeasureKind = (typeof MEASURE_KINDS)[number]['value']

/** The measure's name as the case file writes it ("Embargo", "Secuestro"). */
export const measureKindLabel = (kind: string): string => MEASURE_KINDS.find((k) => k.value === kind)?.label ?? kind

/** R-COB-15: why a case is suspended. */
export const SUSPENSION_REASONS = [
  { label: 'Acuerdo de pago firmado', value: 'ACUERDO_DE_PAGO' },
  { label: 'Orden judicial', value: 'ORDEN_JUDICIAL' },
] as const

/** R-COB-15: why a case is terminated. */
export const TERMINATION_CAUSE = {
  fullPayment: 'PAGO_TOTAL',
  prescription: 'PRESCRIPCION',
  favourableDecision: 'DECISION_FAVORABLE',
  voidTitle: 'NULIDAD_TITULO',
  insolvency: 'INSOLVENCIA',
} as const

export const TERMINATION_CAUSES = [
  { label: 'Pago total', value: TERMINATION_CAUSE.fullPayment },
  { label: 'Prescripción', value: TERMINATION_CAUSE.prescription },
  { label: 'Recursos o excepciones a favor del deudor', value: TERMINATION_CAUSE.favourableDecision },
  { label: 'Nulidad del título', value: TERMINATION_CAUSE.voidTitle },
  { label: 'Remisión a insolvencia concluida', value: TERMINATION_CAUSE.insolvency },
] as const

export type TerminationCause = (typeof TERMINATION_CAUSES)[number]['value']

/** R-COB-17: the kinds of entry in a case file. */
export const CASE_EVENT_KIND = {
  opening: 'CREACION',
  move: 'TRANSICION',
  persuasiveAction: 'GESTION',
  act: 'ACTO',
  notification: 'NOTIFICACION',
  measure: 'MEDIDA',
  automatic: 'AUTOMATICA',
} as const

export const CASE_EVENT_KINDS = [
  { label: 'Creación del expediente', value: CASE_EVENT_KIND.opening },
  { label: 'Cambio de etapa o estado', value: CASE_EVENT_KIND.move },
  { label: 'Gestión persuasiva', value: CASE_EVENT_KIND.persuasiveAction },
  { label: 'Documento o decisión', value: CASE_EVENT_KIND.act },
  { label: 'Notificación', value: CASE_EVENT_KIND.notification },
  { label: 'Medida cautelar', value: CASE_EVENT_KIND.measure },
  { label: 'Actuación automática', value: CASE_EVENT_KIND.automatic },
] as const

export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number]['value']
