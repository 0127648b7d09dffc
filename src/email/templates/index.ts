import { composeCitationMail, type CitationData } from './citation'
import { composeDeadlineDigest, type DigestItem } from './deadlineDigest'
import { composePasswordResetMail, type PasswordResetData } from './passwordReset'
import { composeActivationMail, type ProviderActivationData } from './providerActivation'

/** The data each template renders from: what `queueEmail` stores with the message. */
export type EmailTemplateData = {
  deadlineDigest: { recipientName: string; asOf: string; items: DigestItem[] }
  providerActivation: ProviderActivationData
  passwordReset: PasswordResetData
  citation: CitationData
}

export type EmailTemplate = keyof EmailTemplateData

export type RenderedEmail = { subject: string; text: string; html: string }

const TEMPLATES: { [T in EmailTemplate]: (data: EmailTemplateData[T]) => RenderedEmail } = {
  deadlineDigest: composeDeadlineDigest,
  providerActivation: composeActivationMail,
  passwordReset: composePasswordResetMail,
  citation: composeCitationMail,
}

/** Options of the message's `template` field, labelled for staff. */
export const EMAIL_TEMPLATE_OPTIONS: { label: string; value: EmailTemplate }[] = [
  { label: 'Resumen de vencimientos', value: 'deadlineDigest' },
  { label: 'Activación de prestador', value: 'providerActivation' },
  { label: 'Restablecer contraseña', value: 'passwordReset' },
  { label: 'Citación con el acto adjunto', value: 'citation' },
]

/** R-NOT-03: every e-mail is one of the repository's templates, a pure function of its data. */
export const renderEmail = <T extends EmailTemplate>(template: T, data: EmailTemplateData[T]): RenderedEmail => TEMPLATES[template](data)
