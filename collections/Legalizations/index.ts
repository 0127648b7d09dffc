import type { CollectionConfig } from 'payload'

import { checkFilingClave } from '../../hooks/checkFilingClave'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { SLUGS } from '@/constants/slugs'
import { branchField } from '@/fields/branchField'
import { computed } from '@/fields/computedField'
import { dateTimeField } from '@/fields/dateTimeField'
import { idTypeField } from '@/fields/idTypeField'
import { legalDateField } from '@/fields/legalDateField'
import { lineOfBusinessField } from '@/fields/lineOfBusinessField'
import { pesosField } from '@/fields/pesosField'
import { policyTypeField } from '@/fields/policyTypeField'
import { serverManaged } from '@/fields/serverManaged'
import { LEGALIZATION_FLOW, LEGALIZATION_FLOWS, LEGALIZATION_STATUS, LEGALIZATION_STATUSES } from '@/rules/legalization/legalizationOptions'
import { CARD_FRANCHISES, PAYMENT_MEAN_KINDS } from '@/rules/legalization/paymentMeans'
import { bankAccountField } from '@/fields/bankAccountField'
import { bankAccountsForLegalization } from './endpoints/bankAccountsForLegalization'
import { confirmLegalization } from './endpoints/confirmLegalization'
import { policiesDue } from './endpoints/policiesDue'
import { freezeConfirmedLegalization } from './hooks/freezeConfirmedLegalization'
import { priceLegalizationDraft } from './hooks/priceLegalizationDraft'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { brokerRecordAccess } from '../../access/brokerRecordAccess'
import { documentHeading } from '@/fields/documentHeading'

/** Payment legalizations (R-LEG-01…05): a draft the portal builds, then confirmed once. */
export const Legalizations: CollectionConfig = {
  slug: SLUGS.legalizations,
  labels: { singular: 'Legalización de pagos', plural: 'Legalizaciones de pagos' },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['id', 'flow', 'status', 'clave', 'total', 'confirmedAt', 'request', 'branch'],
    // Every searchable field is indexed.
    listSearchableFields: ['clave', 'holderIdNumber', 'manualPolicyNumber'],
    group: 'Recaudo',
  },
  defaultSort: '-createdAt',
  access: brokerRecordAccess,
  endpoints: [
    { path: '/policies-due', method: 'get', handler: policiesDue },
    { path: '/:id/confirm', method: 'post', handler: confirmLegalization },
    { path: '/:id/bank-accounts', method: 'get', handler: bankAccountsForLegalization },
  ],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths, freezeConfirmedLegalization],
    beforeValidate: [checkFilingClave, priceLegalizationDraft],
    afterChange: [recordChangeInAudit],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    documentHeading('Legalización nueva', 'Legalización n.º'),
    {
      type: 'row',
      fields: [
        {
          name: 'flow',
          label: 'Flujo',
          type: 'select',
          required: true,
          defaultValue: LEGALIZATION_FLOW.automatic,
          index: true,
          options: [...LEGALIZATION_FLOWS],
        },
        {
          name: 'status',
          label: 'Estado',
          type: 'select',
          required: true,
          defaultValue: LEGALIZATION_STATUS.draft,
          index: true,
          access: serverManaged,
          options: [...LEGALIZATION_STATUSES],
        },
        pesosField({ name: 'total', label: 'Total a legalizar', index: true, access: serverManaged, admin: { readOnly: true } }),
      ],
    },
    {
      name: 'policies',
      label: 'Pólizas',
      type: 'relationship',
      relationTo: SLUGS.policies,
      hasMany: true,
      index: true,
      admin: { description: 'Flujo automático: pólizas de la cartera de la clave con saldo pendiente.' },
    },
    {
      type: 'collapsible',
      label: 'Flujo manual: tomador y póliza',
      admin: { condition: (data) => data?.flow === LEGALIZATION_FLOW.manual },
      fields: [
        {
          type: 'row',
          fields: [
            idTypeField({ name: 'holderIdType' }),
            { name: 'holderIdNumber', label: 'Identificación', type: 'text', index: true },
            { name: 'holderCheckDigit', label: 'DV', type: 'number', min: 0, max: 9 },
            { name: 'holderName', label: 'Nombre completo', type: 'text' },
          ],
        },
        {
          type: 'row',
          fields: [
            policyTypeField(),
            lineOfBusinessField(),
            { name: 'manualPolicyNumber', label: 'No. póliza cancelada', type: 'text', index: true },
          ],
        },
      ],
    },
    {
      name: 'items',
      label: 'Pólizas a legalizar',
      labels: { singular: 'Póliza', plural: 'Pólizas a legalizar' },
      type: 'array',
      access: serverManaged,
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'policy', label: 'Póliza', type: 'relationship', relationTo: SLUGS.policies },
            { name: 'policyNumber', label: 'No. póliza', type: 'text' },
            // R-LEG-06: the summary's "Rec o Doc" column.
            { name: 'receipts', label: 'Rec o Doc', type: 'text' },
            { name: 'policyType', label: 'Tipo', type: 'text' },
            pesosField({ name: 'premium', label: 'Prima' }),
            legalDateField({ name: 'coverStart', label: 'Inicio vigencia' }),
            pesosField({ name: 'amount', label: 'Total a pagar' }),
          ],
        },
      ],
    },
    {
      name: 'means',
      label: 'Medios de pago',
      labels: { singular: 'Medio de pago', plural: 'Medios de pago' },
      type: 'array',
      access: serverManaged,
      admin: { readOnly: true, description: 'Se registran al confirmar (POST /api/legalizations/:id/confirm).' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', label: 'Medio', type: 'select', options: [...PAYMENT_MEAN_KINDS] },
            legalDateField({ name: 'paidOn', label: 'Fecha' }),
            pesosField({ name: 'amount', label: 'Valor' }),
            bankAccountField(),
            { name: 'bankAccount', label: 'Banco / cuenta (texto)', type: 'text' },
            { name: 'bankBranch', label: 'Sucursal', type: 'text' },
            { name: 'authorizationNumber', label: 'Autorización', type: 'text' },
            { name: 'franchise', label: 'Franquicia', type: 'select', options: [...CARD_FRANCHISES] },
          ],
        },
      ],
    },
    { name: 'clave', label: 'Clave', type: 'text', required: true, index: true, admin: { position: 'sidebar' } },
    computed(dateTimeField({ name: 'confirmedAt', label: 'Confirmada el', index: true, admin: { position: 'sidebar' } })),
    { name: 'confirmedBy', label: 'Confirmada por', type: 'relationship', relationTo: SLUGS.users, access: serverManaged, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'idempotencyKey',
      label: 'Clave de idempotencia',
      type: 'text',
      unique: true,
      index: true,
      access: serverManaged,
      admin: { position: 'sidebar', readOnly: true, description: 'Encabezado Idempotency-Key de la confirmación.' },
    },
    { name: 'request', label: 'Solicitud', type: 'relationship', relationTo: SLUGS.requests, index: true, access: serverManaged, admin: { position: 'sidebar', readOnly: true } },
    computed(branchField({ admin: { position: 'sidebar' } })),
  ],
  timestamps: true,
}
