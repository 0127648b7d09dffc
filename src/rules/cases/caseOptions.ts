/**
 * The closed lists a case's fields choose from (R-COB-01…17). Values are stored and part of the API;
 * labels are what the admin shows. Hooks and rules compare against these values, never literals.
 */
import { closedList } from '@/rules/options'

/** R-COB-17: how near the next legal deadline is (set by the hooks and the daily sweep). */
export const { values: DEADLINE_FLAG, options: DEADLINE_FLAGS } = closedList({
  overdue: ['VENCIDO', 'Vencido'],
  dueSoon: ['POR_VENCER', 'Por vencer'],
  onTime: ['EN_TERMINO', 'En término'],
})

/** R-COB-01: what a debt line claims. */
export const { values: DEBT_CONCEPT, options: DEBT_CONCEPTS } = closedList({
  arrears: ['APORTES_EN_MORA', 'Aportes en mora'],
  inaccuracy: ['INEXACTITUD', 'Aportes con inexactitud'],
  recovery: ['RECOBRO', 'Recobro de prestaciones'],
})

export type DebtConcept = (typeof DEBT_CONCEPTS)[number]['value']

/** R-COB-12: the decision on an exception to the payment order. */
export const { values: EXCEPTION_DECISION, options: EXCEPTION_DECISIONS } = closedList({
  upheld: ['PROBADA', 'Probada (a favor del deudor)'],
  dismissed: ['NO_PROBADA', 'No probada'],
})

/** R-COB-14: precautionary measures. */
export const { options: MEASURE_KINDS } = closedList({ seizure: ['EMBARGO', 'Embargo'], sequestration: ['SECUESTRO', 'Secuestro'] })

export type MeasureKind = (typeof MEASURE_KINDS)[number]['value']

/** The measure's name as the case file writes it ("Embargo", "Secuestro"). */
export const measureKindLabel = (kind: string): string => MEASURE_KINDS.find((k) => k.value === kind)?.label ?? kind

/** R-COB-15: why a case is suspended. */
export const SUSPENSION_REASONS = [
  { label: 'Acuerdo de pago firmado', value: 'ACUERDO_DE_PAGO' },
  { label: 'Orden judicial', value: 'ORDEN_JUDICIAL' },
] as const

/** R-COB-15: why a case is terminated. */
export const { values: TERMINATION_CAUSE, options: TERMINATION_CAUSES } = closedList({
  fullPayment: ['PAGO_TOTAL', 'Pago total'],
  prescription: ['PRESCRIPCION', 'Prescripción'],
  favourableDecision: ['DECISION_FAVORABLE', 'Recursos o excepciones a favor del deudor'],
  voidTitle: ['NULIDAD_TITULO', 'Nulidad del título'],
  insolvency: ['INSOLVENCIA', 'Remisión a insolvencia concluida'],
})

export type TerminationCause = (typeof TERMINATION_CAUSES)[number]['value']

/** R-COB-17: the kinds of entry in a case file. */
export const { values: CASE_EVENT_KIND, options: CASE_EVENT_KINDS } = closedList({
  opening: ['CREACION', 'Creación del expediente'],
  move: ['TRANSICION', 'Cambio de etapa o estado'],
  persuasiveAction: ['GESTION', 'Gestión persuasiva'],
  act: ['ACTO', 'Documento o decisión'],
  notification: ['NOTIFICACION', 'Notificación'],
  measure: ['MEDIDA', 'Medida cautelar'],
  automatic: ['AUTOMATICA', 'Actuación automática'],
  assignment: ['ASIGNACION', 'Asignación a firma externa'],
})

export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number]['value']
