import type { ActData } from '@/acts/actData'
import type { ActDocument } from '@/acts/actDocument'
import { appealsStatement, debtorIdentified, frame, heading, numbered, on, paragraph } from './common'

/** Which act the appeal was filed against: the exceptions decision in the coactive stage, else the LCD. */
const appealed = (data: ActData) => {
  const exception = data.exceptions.find((e) => e.appealFiledOn)
  if (data.stage === 'COACTIVO' && exception) return { act: `la resolución que decidió las excepciones el ${on(exception.decidedOn)}`, filedOn: exception.appealFiledOn }
  return { act: `la Liquidación Certificada de Deuda expedida el ${on(data.lcd?.issuedOn)}`, filedOn: null }
}

/**
 * R-COB-05 / R-COB-12 (001 §7.3.14, §7.3.18): the decision on a reconsideration appeal. It is
 * notified in person or by notice (never by mail), and becomes final five days after notification.
 */
export const appealDecisionTemplate = (data: ActData): ActDocument => {
  const { act, filedOn } = appealed(data)
  return frame(data, 'Resolución que decide el recurso de reposición', [
    paragraph(`Recurrente: ${debtorIdentified(data)}.`),
    heading('CONSIDERANDO'),
    ...numbered([
      `Que el recurrente interpuso recurso de reposición contra ${act}${filedOn ? `, el ${on(filedOn)}` : ''}, dentro del término legal.`,
      'Que revisados los argumentos del recurso y las pruebas del expediente, se procede a decidirlo.',
    ]),
    heading('RESUELVE'),
    ...numbered([
      `DECIDIR el recurso de reposición interpuesto contra ${act}, en los términos de la parte considerativa.`,
      'NOTIFICAR la presente decisión personalmente o, si el recurrente no comparece dentro de los diez (10) días siguientes al envío de la citación, por aviso.',
    ]),
    appealsStatement('Contra la presente decisión no procede recurso alguno; queda en firme cinco (5) días después de su notificación.'),
  ])
}
