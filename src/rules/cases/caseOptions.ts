/**
 * The closed lists a case's fields choose from (R-COB-01…17). Values are stored and part of the API;
 * labels are what the admin shows. Hooks and rules compare against these values, never literals.
 */

/** R-COB-17: how near the next legal deadline is (set by the hooks and the daily sweep). */
export const DEADLINE_FLAGS = [
  { label: 'Vencido', value: 'VENCIDO' },
  { label: 'Por vencer', value: 'POR_VENCER' },
  { label: 'En término', value: 'EN_TERMINO' },
] as const

/** R-COB-01: what a debt line claims. */
export const DEBT_CONCEPTS = [
  { label: 'Aportes en mora', value: 'APORTES_EN_MORA' },
  { label: 'Aportes con inexactitud', value: 'INEXACTITUD' },
  { label: 'Recobro de prestaciones', value: 'RECOBRO' },
] as const

export type DebtConcept = (typeof DEBT_CONCEPTS)[number]['value']

/** R-COB-12: the decision on an exception to the payment order. */
export const EXCEPTION_DECISIONS = [
  { label: 'Probada (a favor del deudor)', value: 'PROBADA' },
  { label: 'No probada', value: 'NO_PROBADA' },
] as const

/** R-COB-14: precautionary measures. */
export const MEASURE_KINDS = [
  { label: 'Embargo', value: 'EMBARGO' },
  { label: 'Secuestro', value: 'SECUESTRO' },
] as const

export type MeasureKind = (typeof MEASURE_KINDS)[number]['value']

/** R-COB-15: why a case is suspended. */
export const SUSPENSION_REASONS = [
  { label: 'Acuerdo de pago firmado', value: 'ACUERDO_DE_PAGO' },
  { label: 'Orden judicial', value: 'ORDEN_JUDICIAL' },
] as const

/** R-COB-15: why a case is terminated. */
export const TERMINATION_CAUSES = [
  { label: 'Pago total', value: 'PAGO_TOTAL' },
  { label: 'Prescripción', value: 'PRESCRIPCION' },
  { label: 'Recursos o excepciones a favor del deudor', value: 'DECISION_FAVORABLE' },
  { label: 'Nulidad del título', value: 'NULIDAD_TITULO' },
  { label: 'Remisión a insolvencia concluida', value: 'INSOLVENCIA' },
] as const

export type TerminationCause = (typeof TERMINATION_CAUSES)[number]['value']

/** R-COB-17: the kinds of entry in a case file. */
export const CASE_EVENT_KINDS = [
  { label: 'Creación del expediente', value: 'CREACION' },
  { label: 'Cambio de etapa o estado', value: 'TRANSICION' },
  { label: 'Gestión persuasiva', value: 'GESTION' },
  { label: 'Documento o decisión', value: 'ACTO' },
  { label: 'Notificación', value: 'NOTIFICACION' },
  { label: 'Medida cautelar', value: 'MEDIDA' },
  { label: 'Actuación automática', value: 'AUTOMATICA' },
] as const

export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number]['value']
