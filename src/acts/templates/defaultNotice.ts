import type { ActData } from '@/acts/actData'
import type { ActDocument } from '@/acts/actDocument'
import { debtTable, debtorAddress, debtorIdentified, frame, heading, numbered, on, paragraph, words } from './common'

/**
 * R-COB-02 (001 §7.1.2): the default notice ("constitución en mora") sent jointly with the notice of
 * non-compliance, within the first ten days of the month after the default arose. A persuasive
 * letter: it states the presumed debt by period and concept and invites payment or clarification.
 */
export const defaultNoticeTemplate = (data: ActData): ActDocument =>
  frame(data, 'Constitución en mora y aviso de incumplimiento', [
    paragraph(`Señor(a)\n${debtorIdentified(data)}\n${debtorAddress(data)}`),
    paragraph(
      `Asunto: constitución en mora por aportes al Sistema General de Riesgos Laborales y aviso de incumplimiento. Mora surgida el ${on(data.defaultNotice.arisenOn)} e identificada el ${on(data.defaultNotice.identifiedOn)}.`,
    ),
    heading('COMUNICAMOS'),
    ...numbered([
      `Que revisados nuestros sistemas de información, el aportante ${debtorIdentified(data)} presenta a la fecha obligaciones por aportes o recobros no pagados dentro de la fecha límite de pago, por un capital de ${words(data.debt.capital)}, discriminado por periodo y concepto en el cuadro siguiente.`,
      'Que por medio de la presente queda constituido en mora y se le avisa del incumplimiento de sus obligaciones, en los términos del artículo 7 de la Ley 1562 de 2012 y de la Resolución 2082 de 2016.',
      'Que los valores indicados corresponden a la deuda presunta y causan intereses de mora a la tasa vigente en cada periodo hasta la fecha de pago; si existen novedades no reportadas (retiros, incapacidades, pagos no aplicados), le invitamos a informarlas para depurar la deuda.',
    ]),
    debtTable(data.debt),
    paragraph(
      'Le invitamos a pagar o a comunicarse con la sucursal dentro de los diez (10) días siguientes al recibo de esta comunicación. De no normalizarse la obligación, la Compañía expedirá la Liquidación Certificada de Deuda que presta mérito ejecutivo.',
    ),
  ], 'Atentamente,')
