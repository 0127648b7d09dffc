import type { ActData } from '@/acts/actData'
import type { ActDocument } from '@/acts/actDocument'
import { appealsStatement, debtorIdentified, frame, numbered, on, paragraph } from './common'

const noticedAct = (data: ActData) =>
  data.stage === 'COACTIVO'
    ? `el mandamiento de pago No. ${data.paymentOrder.number ?? '____'} del ${on(data.paymentOrder.issuedOn)}`
    : `la Liquidación Certificada de Deuda expedida el ${on(data.lcd?.issuedOn)}`

/**
 * R-COB-04 / R-COB-11 (001 §7.3.16, CPACA art. 69): the notice posted at the branch and on the
 * website for five business days, with a full copy of the act, warning that notification is
 * deemed done at the end of the day after it is taken down.
 */
export const noticeTemplate = (data: ActData): ActDocument =>
  frame(data, 'Notificación por aviso', [
    paragraph(`Deudor: ${debtorIdentified(data)}.`),
    ...numbered([
      `Por no haber sido posible la notificación personal, se notifica por medio del presente aviso ${noticedAct(data)}, cuya copia íntegra se acompaña.`,
      `El presente aviso se fija en un lugar de acceso al público de la Sucursal ${data.letterhead.branchName} y en la página electrónica de ${data.letterhead.insurerName} por el término de cinco (5) días hábiles${data.notification?.noticeTakeDownOn ? `, hasta el ${on(data.notification.noticeTakeDownOn)}` : ''}.`,
      'ADVERTENCIA: la notificación se considerará surtida al finalizar el día siguiente al retiro del aviso (artículo 69 de la Ley 1437 de 2011).',
    ]),
    appealsStatement(
      data.stage === 'COACTIVO'
        ? 'Dentro de los quince (15) días hábiles siguientes a la notificación podrá pagar o proponer las excepciones del artículo 831 del Estatuto Tributario.'
        : 'Contra el acto notificado procede el recurso de reposición dentro de los diez (10) días hábiles siguientes a la notificación.',
    ),
  ])
