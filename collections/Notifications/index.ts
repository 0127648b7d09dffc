import type { CollectionConfig } from 'payload'

import { caseWorkersInScope } from '../../access/caseWorkersInScope'
import { nobody } from '../../access/nobody'
import { notificationsInScopeOrEditor } from '../../access/notificationsInScopeOrEditor'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { stampDocumentScope } from '../../hooks/stampDocumentScope'
import { SLUGS } from '@/constants/slugs'
import { caseScopeFields } from '@/fields/caseScopeFields'
import { computed } from '@/fields/computedField'
import { emailMessagesField } from '@/fields/emailMessagesField'
import { legalDateField } from '@/fields/legalDateField'
import { stampedUserField } from '@/fields/stampedUserField'
import { NOTIFIABLE_ACT_OPTIONS, NOTIFIABLE_ACTS } from '@/rules/cases/notificationDates'
import { NOTIFICATION_STATUSES } from '@/rules/cases/notificationStatus'
import { copyScopeFromCase } from './hooks/copyScopeFromCase'
import { deriveNotificationTerms } from './hooks/deriveNotificationTerms'
import { checkEmailCitation } from './hooks/checkEmailCitation'
import { emailCitation } from './hooks/emailCitation'
import { enforceNotificationRules } from './hooks/enforceNotificationRules'
import { syncCaseAfterNotification } from './hooks/syncCaseAfterNotification'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { documentHeading } from '@/fields/documentHeading'

// 001 §7.3.14: a decision on an appeal is notified in person or by notice, never by mail.
const notifiedByMail = (data: Partial<{ act: string }>) => data?.act !== NOTIFIABLE_ACTS.appealDecision

/**
 * R-NOT-01: one record per act to notify, with the facts (citation, receipt, personal, mail,
 * notice) and the dates that follow from them in business days (R-COB-04/05/10/11), recomputed
 * whenever the facts, the calendar settings or the date change (a calendar change moves only the
 * open terms: src/cases/recomputeOpenTerms.ts).
 */
export const Notifications: CollectionConfig = {
  slug: SLUGS.notifications,
  labels: { singular: 'Notificación', plural: 'Notificaciones' },
  admin: {
    group: 'Cobro',
    useAsTitle: 'title',
    defaultColumns: ['title', 'act', 'status', 'nextDeadline', 'derived.notifiedOn', 'derived.finalOn'],
  },
  defaultSort: 'nextDeadline',
  access: {
    read: notificationsInScopeOrEditor,
    create: caseWorkersInScope,
    update: caseWorkersInScope,
    delete: nobody,
  },
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeValidate: [copyScopeFromCase],
    beforeChange: [enforceNotificationRules, checkEmailCitation, deriveNotificationTerms],
    afterChange: [recordChangeInAudit, syncCaseAfterNotification, stampDocumentScope, emailCitation],
  },
  fields: [
    documentHeading('Notificación nueva'),
    computed({ name: 'title', label: 'Notificación', type: 'text' }),
    {
      type: 'row',
      fields: [
        { name: 'case', label: 'Expediente', type: 'relationship', relationTo: SLUGS.cases, required: true, index: true },
        { name: 'act', label: 'Acto a notificar', type: 'select', required: true, index: true, options: NOTIFIABLE_ACT_OPTIONS },
        { name: 'document', label: 'Copia del acto', type: 'relationship', relationTo: SLUGS.documents },
      ],
    },
    {
      type: 'row',
      fields: [
        computed({ name: 'status', label: 'Estado', type: 'select', index: true, options: [...NOTIFICATION_STATUSES] }),
        computed(legalDateField({ name: 'nextDeadline', label: 'Próximo vencimiento', index: true })),
      ],
    },
    {
      name: 'facts',
      label: 'Hechos de la notificación',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'citationChannel',
              label: 'Medio de la citación',
              type: 'select',
              options: [
                { label: 'Correo certificado a la dirección registrada', value: 'CORREO_CERTIFICADO' },
                { label: 'Correo electrónico registrado', value: 'CORREO_ELECTRONICO' },
              ],
            },
            { name: 'citationAddress', label: 'Dirección', type: 'text' },
            { name: 'citationEmail', label: 'Correo electrónico', type: 'email' },
          ],
        },
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'citationSentOn', label: 'Citación enviada el' }),
            legalDateField({ name: 'citationReceivedOn', label: 'Constancia de recibido del' }),
            stampedUserField('citationSignedBy', 'Citación firmada por'),
          ],
        },
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'personallyNotifiedOn', label: 'Notificación personal el' }),
            legalDateField({ name: 'mailDeliveredOn', label: 'Notificación por correo entregada el', admin: { condition: notifiedByMail } }),
            legalDateField({ name: 'mailReturnedOn', label: 'Correo devuelto el', admin: { condition: notifiedByMail } }),
          ],
        },
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'noticePostedOn', label: 'Aviso fijado el' }),
            stampedUserField('noticeSignedBy', 'Aviso firmado por'),
          ],
        },
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'appealFiledOn', label: 'Recurso presentado el' }),
            legalDateField({ name: 'appealDecisionNotifiedOn', label: 'Decisión del recurso notificada el' }),
          ],
        },
      ],
    },
    computed({
      name: 'derived',
      label: 'Fechas calculadas (días hábiles)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'appearanceDeadline', label: 'Comparecer a más tardar' }),
            legalDateField({ name: 'noticeDueOn', label: 'Aviso desde' }),
            legalDateField({ name: 'noticeTakeDownOn', label: 'Retirar aviso el' }),
          ],
        },
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'notifiedOn', label: 'Notificado el' }),
            {
              name: 'notifiedBy',
              label: 'Forma de notificación',
              type: 'select',
              options: [
                { label: 'Personal', value: 'PERSONAL' },
                { label: 'Por correo', value: 'CORREO' },
                { label: 'Por aviso', value: 'AVISO' },
              ],
            },
            legalDateField({ name: 'responseDeadline', label: 'Término para recurrir / pagar o excepcionar' }),
            legalDateField({ name: 'finalOn', label: 'En firme desde' }),
          ],
        },
      ],
    }),
    ...caseScopeFields(),
    emailMessagesField(),
  ],
}
