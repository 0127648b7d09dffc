import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { keepsProviderPayouts } from '../../access/keepsProviderPayouts'
import { nobody } from '../../access/nobody'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { registrationEndpoints } from '@/payouts/registration/registrationEndpoints'
import { SLUGS } from '@/constants/slugs'
import { dateTimeField } from '@/fields/dateTimeField'
import { emailMessagesField } from '@/fields/emailMessagesField'
import { REGISTRATION_STATUS, REGISTRATION_STATUSES } from '@/rules/payouts/registration'
import { activateProviderAccount } from './hooks/activateProviderAccount'
import { stampActivation } from './hooks/stampActivation'

/**
 * R-PAY-01: a provider's registration on the portal, with its acceptance of the site policies
 * (date, version, IP). Created only by POST /api/provider-registrations/register; the account stays
 * inactive until an administrator (the only one who changes a user's active flag) marks it
 * "Activada", which activates the user and e-mails the provider. The list filtered by
 * "Pendiente de activación" is the staff's queue.
 */
export const ProviderRegistrations: CollectionConfig = {
  slug: SLUGS.providerRegistrations,
  labels: { singular: 'Registro de prestador', plural: 'Registros de prestadores' },
  admin: {
    useAsTitle: 'businessName',
    defaultColumns: ['status', 'businessName', 'nit', 'email', 'policiesAcceptedAt'],
    listSearchableFields: ['nit', 'businessName'],
    group: 'Pagos a prestadores',
    // About the list (its order, how to act on a row): shown above the list, not on each document.
    components: { beforeList: [{ path: '/src/components/ListDescription#ListDescription', clientProps: { text: 'Registros del portal de prestadores. Para activar una cuenta, ábrala y cambie el estado a "Activada".' } }] },
  },
  defaultSort: '-createdAt',
  endpoints: registrationEndpoints,
  access: {
    read: keepsProviderPayouts,
    create: nobody,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeChange: [stampActivation],
    afterChange: [activateProviderAccount, recordChangeInAudit],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'status', label: 'Estado', type: 'select', required: true, defaultValue: REGISTRATION_STATUS.pending, index: true, options: [...REGISTRATION_STATUSES] },
        dateTimeField({ name: 'activatedAt', label: 'Activada el', admin: { readOnly: true } }),
        { name: 'activatedBy', label: 'Activada por', type: 'relationship', relationTo: SLUGS.users, admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'nit', label: 'NIT', type: 'text', required: true, index: true, admin: { readOnly: true } },
        { name: 'businessName', label: 'Razón social', type: 'text', required: true, admin: { readOnly: true } },
        { name: 'habilitationCode', label: 'Código de habilitación', type: 'text', required: true, admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'provider', label: 'Prestador (registro)', type: 'relationship', relationTo: SLUGS.providerRegistry, required: true, index: true, admin: { readOnly: true } },
        { name: 'user', label: 'Usuario', type: 'relationship', relationTo: SLUGS.users, required: true, index: true, admin: { readOnly: true } },
        { name: 'email', label: 'Usuario (correo)', type: 'email', required: true, admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'policiesVersion', label: 'Versión de las políticas aceptadas', type: 'text', required: true, admin: { readOnly: true } },
        dateTimeField({ name: 'policiesAcceptedAt', label: 'Aceptadas el', required: true, admin: { readOnly: true } }),
        { name: 'acceptedFromIp', label: 'Desde la IP', type: 'text', required: true, admin: { readOnly: true } },
      ],
    },
    { name: 'staffNotes', label: 'Observaciones', type: 'textarea' },
    emailMessagesField(),
  ],
  timestamps: true,
}
