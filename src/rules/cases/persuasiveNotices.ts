import { addMonthsIso } from './months'

/** R-COB-02: channels of persuasive actions. */
export const PERSUASIVE_CHANNELS = [
  { label: 'Llamada telefónica', value: 'LLAMADA' },
  { label: 'Mensaje de texto', value: 'SMS' },
  { label: 'Correo electrónico', value: 'CORREO_ELECTRONICO' },
  { label: 'Comunicación escrita', value: 'CARTA' },
  { label: 'Visita al domicilio', value: 'VISITA' },
  { label: 'Brigada de conciliación', value: 'BRIGADA' },
] as const

/**
 * R-COB-02: the default notice (constitución en mora) goes out no later than one month after the
 * non-payment is identified, together with the notice of non-compliance, within the first ten
 * (calendar) days of the month after the non-payment arose: the earlier of both limits governs.
 */
export function defaultNoticeDeadline(input: { arisenOn: string; identifiedOn: string }): string {
  const oneMonth = addMonthsIso(input.identifiedOn.slice(0, 10), 1)
  const nextMonth = addMonthsIso(`${input.arisenOn.slice(0, 7)}-01`, 1)
  const tenthOfNextMonth = `${nextMonth.slice(0, 7)}-10`
  return oneMonth < tenthOfNextMonth ? oneMonth : tenthOfNextMonth
}
