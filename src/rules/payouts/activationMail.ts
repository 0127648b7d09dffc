/** R-PAY-01: the e-mail a provider gets when staff activate its account. */
export const composeActivationMail = (facts: { businessName: string; nit: string; email: string; portalUrl: string }) => {
  const subject = 'Su cuenta del portal de pagos a prestadores está activa'
  const text = [
    `Señores ${facts.businessName} (NIT ${facts.nit}):`,
    '',
    'La aseguradora activó su cuenta del portal de pagos a prestadores.',
    `Ingrese en ${facts.portalUrl} con el tipo de usuario Prestador, su NIT, su usuario (${facts.email}) y la contraseña que registró.`,
    '',
    'Si usted no solicitó esta cuenta, responda a este correo.',
  ].join('\n')
  return { subject, text }
}
