import { escapeHtml, link, paragraphs } from './escapeHtml'

export type ProviderActivationData = { businessName: string; nit: string; email: string; portalUrl: string }

/** R-PAY-01, R-NOT-03 template `providerActivation`: the e-mail a provider gets when staff activate its account. */
export const composeActivationMail = (facts: ProviderActivationData) => {
  const subject = 'Su cuenta del portal de pagos a prestadores está activa'
  const greeting = `Señores ${facts.businessName} (NIT ${facts.nit}):`
  const activated = 'La aseguradora activó su cuenta del portal de pagos a prestadores.'
  const how = `con el tipo de usuario Prestador, su NIT, su usuario (${facts.email}) y la contraseña que registró.`
  const notYou = 'Si usted no solicitó esta cuenta, responda a este correo.'
  const text = [greeting, '', activated, `Ingrese en ${facts.portalUrl} ${how}`, '', notYou].join('\n')
  const html = `${paragraphs([greeting, activated])}<p>Ingrese en ${link(facts.portalUrl)} ${escapeHtml(how)}</p>${paragraphs([notYou])}`
  return { subject, text, html }
}
