import { link, paragraphs } from './escapeHtml'

export type PasswordResetData = { name: string; resetUrl: string; validMinutes: number }

/** R-NOT-03 template `passwordReset`: the link Payload's forgot-password token opens, and how long it lasts. */
export const composePasswordResetMail = (data: PasswordResetData) => {
  const subject = 'Restablezca su contraseña de Recaudo y Cartera'
  const greeting = `Hola ${data.name},`
  const asked = 'Recibimos una solicitud para restablecer la contraseña de su cuenta. Para elegir una nueva, abra este enlace:'
  const validity = `El enlace vale por ${data.validMinutes} minutos y sirve una sola vez.`
  const notYou = 'Si usted no lo solicitó, ignore este correo: su contraseña no cambia.'
  const text = [greeting, '', asked, data.resetUrl, '', validity, notYou].join('\n')
  const html = `${paragraphs([greeting, asked])}<p>${link(data.resetUrl)}</p>${paragraphs([validity, notYou])}`
  return { subject, text, html }
}
