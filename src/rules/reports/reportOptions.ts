import { closedList } from '@/rules/options'

/**
 * The periodic reports of seed 001: the firm's monthly management report (§7.2.3 item 9) and
 * monthly closing report (§7.2.3 item 10), and the executor's report of the coactive stage (§7.9.3).
 */
export const { values: REPORT_KIND, options: REPORT_KINDS } = closedList({
  firmManagement: ['GESTION_MENSUAL', 'Informe mensual de gestión (firma)'],
  firmClosing: ['CIERRE_MENSUAL', 'Informe de cierre del mes (firma)'],
  coactive: ['COACTIVO_EJECUTOR', 'Informe del funcionario ejecutor (cobro coactivo)'],
})

export type ReportKind = (typeof REPORT_KINDS)[number]['value']

/** A report is generated as a draft and reviewed by the collections manager (§7.2.3 items 9–10). */
export const { values: REPORT_STATUS, options: REPORT_STATUSES } = closedList({
  draft: ['BORRADOR', 'Borrador'],
  reviewed: ['REVISADO', 'Revisado por la Gerencia de Recaudo y Cartera'],
})

export const reportKindLabel = (kind: string) => REPORT_KINDS.find((k) => k.value === kind)?.label ?? kind
