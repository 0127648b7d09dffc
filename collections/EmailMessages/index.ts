import type { CollectionConfig } from 'payload'

import { caseRecordWrittenBySystem } from '../../access/caseRecordWrittenBySystem'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { EMAIL_CAUSE_COLLECTIONS } from '@/email/emailCause'
import { EMAIL_TEMPLATE_OPTIONS } from '@/email/templates'
import { EMAIL_STATUSES } from '@/rules/email/messageDelivery'
import { caseScopeFields } from '@/fields/caseScopeFields'
import { dateTimeField } from '@/fields/dateTimeField'
import { copyScopeFromCase } from './hooks/copyScopeFromCase'

const readOnly = { readOnly: true } as const

/**
 * R-NOT-03: every e-mail the application sends, one row per message, written only by the server
 * (src/email/queueEmail.ts when it is queued, the `sendEmail` task on every attempt). A message of a
 * case is read as the case is (national roles all; branch staff their branch; a firm the cases
 * assigned to it: the case's branch and firm are copied onto it); a message without a case only by
 * national roles. They see what was sent, to whom, why and how the mail server answered; the body
 * stays on the server (a password-reset link is a credential).
 */
/** A rendered body's limit (2 MB of text): a digest row is ~100 characters, so ~20 000 terms. */
const BODY_MAX_LENGTH = 2_000_000

export const EmailMessages: CollectionConfig = {
  slug: SLUGS.emailMessages,
  labels: { singular: 'Correo enviado', plural: 'Correos enviados' },
  admin: {
    useAsTitle: 'subject',
    group: 'Administración',
    defaultColumns: ['createdAt', 'to', 'subject', 'template', 'status', 'attempts', 'sentAt'],
    listSearchableFields: ['to', 'subject'],
    description: 'Correos de la aplicación: en cola, enviados (con el identificador del servidor) o fallidos (con el motivo; se reintentan).',
  },
  defaultSort: '-createdAt',
  access: caseRecordWrittenBySystem,
  hooks: { beforeOperation: [refuseUnreadableQueryPaths], beforeChange: [copyScopeFromCase] },
  fields: [
    { name: 'to', label: 'Para', type: 'email', required: true, index: true, admin: readOnly },
    { name: 'subject', label: 'Asunto', type: 'text', required: true, admin: readOnly },
    { name: 'template', label: 'Plantilla', type: 'select', required: true, options: EMAIL_TEMPLATE_OPTIONS, admin: readOnly },
    {
      type: 'row',
      fields: [
        { name: 'status', label: 'Estado', type: 'select', required: true, defaultValue: 'QUEUED', index: true, options: [...EMAIL_STATUSES], admin: readOnly },
        { name: 'attempts', label: 'Intentos', type: 'number', required: true, defaultValue: 0, admin: readOnly },
        dateTimeField({ name: 'lastAttemptAt', label: 'Último intento', admin: { ...readOnly } }),
        dateTimeField({ name: 'sentAt', label: 'Enviado el', admin: { ...readOnly } }),
      ],
    },
    { name: 'lastError', label: 'Motivo del último fallo', type: 'textarea', admin: readOnly },
    { name: 'messageId', label: 'Identificador del mensaje (Message-ID)', type: 'text', index: true, admin: readOnly },
    { name: 'serverResponse', label: 'Respuesta del servidor de correo', type: 'text', admin: readOnly },
    {
      type: 'row',
      fields: [
        { name: 'causeCollection', label: 'Originado en (colección)', type: 'text', index: true, admin: readOnly },
        { name: 'causeId', label: 'Originado en (id)', type: 'text', index: true, admin: readOnly },
      ],
    },
    { name: 'causedBy', label: 'Registro que lo originó', type: 'relationship', relationTo: [...EMAIL_CAUSE_COLLECTIONS], index: true, admin: readOnly },
    { name: 'case', label: 'Expediente', type: 'relationship', relationTo: SLUGS.cases, index: true, admin: readOnly },
    ...caseScopeFields(),
    { name: 'attachments', label: 'Adjuntos', type: 'relationship', relationTo: SLUGS.documents, hasMany: true, admin: readOnly },
    // One message per key (a digest per person and date, an activation per registration): a second queueing finds it.
    { name: 'key', label: 'Clave de unicidad', type: 'text', unique: true, index: true, admin: { ...readOnly, hidden: true } },
    // The rendered body, sent on every attempt; never over the API (a reset link is a credential).
    // Not capped at Payload's default 40 000 characters: a digest of a firm with hundreds of terms is longer.
    { name: 'text', type: 'textarea', required: true, maxLength: BODY_MAX_LENGTH, access: { read: () => false }, admin: { hidden: true } },
    { name: 'html', type: 'textarea', maxLength: BODY_MAX_LENGTH, access: { read: () => false }, admin: { hidden: true } },
    // The worker that holds the message while it talks to the mail server (claimableMessage).
    { name: 'sendingUntil', type: 'date', access: { read: () => false }, admin: { hidden: true } },
  ],
  timestamps: true,
}
