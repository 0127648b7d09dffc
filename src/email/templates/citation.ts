import { paragraphs } from './escapeHtml'

export type CitationData = {
  debtorName: string
  debtorId: string
  caseNumber: string
  /** The act being notified, as it is named in the case file ("Liquidación certificada de deuda"). */
  actName: string
  branchName: string
  branchAddress: string
  /** Business days to appear: five for the LCD (R-COB-04), ten for the payment order (R-COB-10). */
  daysToAppear: number
  /** Date the citation is sent (YYYY-MM-DD). */
  sentOn: string
}

/**
 * R-COB-04/10, R-NOT-03 template `citation`: the citation sent to the debtor's registered e-mail,
 * with the signed act attached (the attachment is the act's `documents` row, added by the caller).
 */
export const composeCitationMail = (data: CitationData) => {
  const subject = `Citación para notificación personal · expediente ${data.caseNumber}`
  const lines = [
    `Señor(a) ${data.debtorName} (identificación ${data.debtorId}):`,
    `Por medio de este correo, enviado el ${data.sentOn}, se le cita para notificarle personalmente el acto "${data.actName}" del expediente ${data.caseNumber}, que se adjunta en PDF.`,
    `Dispone de ${data.daysToAppear} días hábiles a partir del recibo de esta citación para comparecer en la sucursal ${data.branchName} (${data.branchAddress}).`,
    'Si no comparece en ese término, la notificación se hará por aviso, conforme a la ley.',
  ]
  return { subject, text: lines.join('\n\n'), html: paragraphs(lines) }
}
