import { RuleViolation } from '@/rules/ruleViolation'

/** R-COB-08: what the file must hold before the coactive stage (001 §7.1.3). */
export type Checklist = {
  persuasiveEvidence?: boolean | null
  debtDetailByPeriod?: boolean | null
  /** Only for recoveries of benefits paid. */
  recoveryInvoices?: boolean | null
  recoveryExcelList?: boolean | null
  citationWithReceipt?: boolean | null
  originalLcd?: boolean | null
  /** Only when the LCD was not notified in person. */
  noticeOriginal?: boolean | null
  notificationRecord?: boolean | null
  /** Only when an appeal was filed. */
  appealDecision?: boolean | null
  otherAnswersKeepDebt?: boolean | null
}

export type ChecklistContext = {
  isRecovery: boolean
  notifiedByNotice: boolean
  appealFiled: boolean
}

export const CHECKLIST_LABELS: Record<keyof Checklist, string> = {
  persuasiveEvidence: 'Soporte de las gestiones persuasivas y prejurídicas',
  debtDetailByPeriod: 'Detalle de la deuda por periodo y cotizante',
  recoveryInvoices: 'Facturas y soportes de pago del recobro',
  recoveryExcelList: 'Relación en Excel de las facturas y soportes del recobro',
  citationWithReceipt: 'Citación con su guía de envío y constancia de recibido',
  originalLcd: 'Original de la Liquidación Certificada de Deuda',
  noticeOriginal: 'Aviso original (la LCD no se notificó personalmente)',
  notificationRecord: 'Acta de notificación con sus soportes',
  appealDecision: 'Resolución que decidió el recurso de reposición',
  otherAnswersKeepDebt: 'Otras respuestas al deudor que mantienen la deuda en firme',
}

/** R-COB-08: the items still missing, as admin labels; [] when the file is complete. */
export function missingChecklistItems(checklist: Checklist, context: ChecklistContext): string[] {
  const required: (keyof Checklist)[] = [
    'persuasiveEvidence',
    'debtDetailByPeriod',
    'citationWithReceipt',
    'originalLcd',
    'notificationRecord',
  ]
  if (context.isRecovery) required.push('recoveryInvoices', 'recoveryExcelList')
  if (context.notifiedByNotice) required.push('noticeOriginal')
  if (context.appealFiled) required.push('appealDecision')
  return required.filter((item) => !checklist[item]).map((item) => CHECKLIST_LABELS[item])
}

export function assertChecklistComplete(checklist: Checklist, context: ChecklistContext): void {
  const missing = missingChecklistItems(checklist, context)
  if (missing.length > 0) {
    throw new RuleViolation('R-COB-08', `El expediente no está completo para pasar a cobro coactivo. Falta: ${missing.join('; ')}.`)
  }
}
