import type { ActData } from '@/acts/actData'
import type { ActDocument } from '@/acts/actDocument'
import { appealsStatement, debtorIdentified, frame, groundLabel, heading, numbered, on, paragraph } from './common'

/**
 * R-COB-12 / R-COB-15: the decision on the exceptions proposed against the payment order. Proven
 * exceptions end the proceeding and lift the measures; otherwise execution goes on. The
 * reconsideration appeal lies against it within a month (R-COB-12).
 */
export const exceptionsDecisionTemplate = (data: ActData): ActDocument => {
  const proven = data.exceptions.filter((e) => e.decision === 'PROBADA')
  const ruling =
    proven.length > 0
      ? 'DECLARAR PROBADAS las excepciones señaladas, dar por terminado el proceso de cobro coactivo y ordenar el levantamiento de las medidas cautelares decretadas.'
      : 'DECLARAR NO PROBADAS las excepciones propuestas y ORDENAR seguir adelante con la ejecución, el avalúo y el remate de los bienes embargados y secuestrados.'
  return frame(data, 'Resolución que decide excepciones', [
    paragraph(`Proceso de cobro coactivo contra ${debtorIdentified(data)}. Mandamiento de pago No. ${data.paymentOrder.number ?? '____'} del ${on(data.paymentOrder.issuedOn)}.`),
    heading('CONSIDERANDO'),
    ...numbered(data.exceptions.map((e) => `Que el ${on(e.filedOn)} el ejecutado propuso la excepción de "${groundLabel(e.ground)}"${e.decision ? `, que se encuentra ${e.decision === 'PROBADA' ? 'probada' : 'no probada'}` : ''}.`)),
    heading('RESUELVE'),
    ...numbered([ruling, 'NOTIFICAR la presente resolución al ejecutado en los términos de la ley.']),
    appealsStatement('Contra la presente resolución procede el recurso de reposición dentro del mes siguiente a su notificación (artículo 834 del Estatuto Tributario).'),
  ])
}
