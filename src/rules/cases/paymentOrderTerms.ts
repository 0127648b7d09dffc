import type { BusinessCalendar } from '@/rules/calendar'
import { RuleViolation } from '@/rules/ruleViolation'

/** R-COB-10: 15 business days from notification to pay or propose exceptions. */
export const paymentOrderResponseDeadline = (notifiedOn: string, calendar: BusinessCalendar): string =>
  calendar.addBusinessDays(notifiedOn.slice(0, 10), 15)

/** R-COB-10 / R-COB-12: exceptions are proposed within the 15 business days; later ones are refused. */
export function assertExceptionsInTime(input: { notifiedOn: string; filedOn: string }, calendar: BusinessCalendar): void {
  const deadline = paymentOrderResponseDeadline(input.notifiedOn, calendar)
  if (input.filedOn.slice(0, 10) > deadline) {
    throw new RuleViolation(
      'R-COB-10',
      `Las excepciones se presentaron el ${input.filedOn.slice(0, 10)}, después del vencimiento del término (${deadline}).`,
    )
  }
}

/**
 * R-COB-10: exceptions run only once the payment order is notified, and each new one within the
 * 15 business days that follow (`filedOn` of the exceptions this change adds).
 */
export function assertNewExceptionsMayRun(input: { notifiedOn: string | null; filedOn: string[] }, calendar: BusinessCalendar): void {
  for (const filedOn of input.filedOn) {
    if (!input.notifiedOn) {
      throw new RuleViolation('R-COB-10', 'El mandamiento de pago aún no está notificado: no corren excepciones.', 409, { path: 'exceptions' })
    }
    assertExceptionsInTime({ notifiedOn: input.notifiedOn, filedOn }, calendar)
  }
}

/** R-COB-12: exceptions are decided within a month; the appeal filed within a month, decided within a month. */
export { addMonthsIso as monthAfter } from './months'

/** R-COB-12: the exceptions allowed. */
export const EXCEPTION_GROUNDS = [
  { label: 'Pago efectivo', value: 'PAGO' },
  { label: 'Acuerdo de pago vigente', value: 'ACUERDO_VIGENTE' },
  { label: 'Falta de ejecutoria del título', value: 'TITULO_NO_EJECUTORIADO' },
  { label: 'Pérdida de ejecutoria (revocatoria o suspensión)', value: 'PERDIDA_EJECUTORIA' },
  { label: 'Demanda de nulidad y restablecimiento', value: 'DEMANDA_NULIDAD' },
  { label: 'Prescripción de la acción de cobro', value: 'PRESCRIPCION' },
  { label: 'Falta de título ejecutivo o incompetencia', value: 'FALTA_TITULO' },
  { label: 'Calidad de deudor solidario (no lo es)', value: 'NO_DEUDOR_SOLIDARIO' },
  { label: 'Indebida tasación del monto', value: 'INDEBIDA_TASACION' },
] as const
