import { actKindLabel } from '@/rules/acts/actKinds'
import type { ActData } from '@/acts/actData'
import type { ActDocument } from '@/acts/actDocument'
import { debtorAddress, debtorIdentified, frame, numbered, on, paragraph } from './common'

/** The act a citation calls to be notified of: the payment order in the coactive stage, else the LCD. */
const citedAct = (data: ActData) =>
  data.stage === 'COACTIVO'
    ? { name: `el mandamiento de pago No. ${data.paymentOrder.number ?? '____'} del ${on(data.paymentOrder.issuedOn)}`, days: 'diez (10) días', basis: '001 §7.3.13 y artículo 826 del Estatuto Tributario' }
    : { name: `la Liquidación Certificada de Deuda expedida el ${on(data.lcd?.issuedOn)}`, days: 'cinco (5) días hábiles', basis: 'artículo 68 de la Ley 1437 de 2011' }

/**
 * R-COB-04 (LCD: five business days from receipt to appear) and R-COB-10 (payment order: ten
 * days): the citation for personal notification, sent to the registered address or e-mail.
 */
export const citationTemplate = (data: ActData): ActDocument => {
  const act = citedAct(data)
  return frame(data, actKindLabel('CITACION'), [
    paragraph(`Señor(a)\n${debtorIdentified(data)}\n${debtorAddress(data)}${data.debtor.email ? `\nCorreo electrónico: ${data.debtor.email}` : ''}`),
    ...numbered([
      `Por medio de la presente se le cita para que comparezca a la Sucursal ${data.letterhead.branchName} de ${data.letterhead.insurerName}, ubicada en ${data.letterhead.branchAddress}, ${data.letterhead.branchCity}, con el fin de notificarle personalmente ${act.name}.`,
      `Dispone de ${act.days} contados a partir del recibo de esta citación para comparecer personalmente, por intermedio de apoderado o de persona debidamente autorizada (${act.basis}).`,
      'Si no comparece dentro de dicho término, la notificación se surtirá por aviso o por correo, según corresponda, en los términos de la ley.',
    ]),
  ], 'Atentamente,')
}
