import type { CollectionConfig } from 'payload'

import { brokersAndPortfolioStaff } from '../../access/brokersAndPortfolioStaff'
import { isAdmin } from '../../access/isAdmin'
import { rowsInUserScope } from '../../access/rowsInUserScope'
import { staffInBranchOrBrokerClaves } from '../../access/staffInBranchOrBrokerClaves'
import { checkFilingClave } from '../../hooks/checkFilingClave'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { SLUGS } from '../../src/constants/slugs'
import { legalDateField } from '../../src/fields/legalDateField'
import { pesosField } from '../../src/fields/pesosField'
import { serverManaged } from '../../src/fields/serverManaged'
import { ID_TYPES } from '../../src/rules/identification'
import { CARD_FRANCHISES, PAYMENT_MEAN_KINDS } from '../../src/rules/legalization/paymentMeans'
import { LINES_OF_BUSINESS } from '../../src/rules/linesOfBusiness'
import { confirmLegalization } from './endpoints/confirmLegalization'
import { policiesDue } from './endpoints/policiesDue'
import { freezeConfirmedLegalization } from './hooks/freezeConfirmedLegalization'
import { priceLegalizationDraft } from './hooks/priceLegalizationDraft'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'

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
  access: {
    read: rowsInUserScope({ branch: 'branch', clave: 'clave' }),
    create: brokersAndPortfolioStaff,
    update: staffInBranchOrBrokerClaves({ branch: 'branch', clave: 'clave' }),
    delete: isAdmin,
  },
  endpoints: [
    { path: '/policies-due', method: 'get', handler: policiesDue },
    { path: '/:id/confirm', method: 'post', handler: confirmLegalization },
  ],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths, freezeConfirmedLegalization],
    beforeValidate: [checkFilingClave, priceLegalizationDraft],
    afterChange: [recordChangeInAudit],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'flow',
          label: 'Flujo',
          type: 'select',
          required: true,
          defaultValue: 'AUTOMATICO',
          index: true,
          options: [
            { label: 'Automático (pólizas de la cartera)', value: 'AUTOMATICO' },
            { label: 'Manual (póliza cancelada)', value: 'MANUAL' },
          ],
        },
        {
          name: 'status',
          label: 'Estado',
          type: 'select',
          required: true,
          defaultValue: 'BORRADOR',
          index: true,
          access: serverManaged,
          options: [
            { label: 'En preparación', value: 'BORRADOR' },
            { label: 'Confirmada', value: 'CONFIRMADA' },
          ],
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
      admin: { condition: (data) => data?.flow === 'MANUAL' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'holderIdType', label: 'Tipo de identificación', type: 'select', options: ID_TYPES.map(({ label, value }) => ({ label, value })) },
            { name: 'holderIdNumber', label: 'Identificación', type: 'text', index: true },
            { name: 'holderCheckDigit', label: 'DV', type: 'number', min: 0, max: 9 },
            { name: 'holderName', label: 'Nombre completo', type: 'text' },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'policyType',
              label: 'Tipo de póliza',
              type: 'select',
              options: [
                { label: 'Póliza individual', value: 'INDIVIDUAL' },
                { label: 'Póliza colectiva', value: 'COLECTIVA' },
              ],
            },
            { name: 'lineOfBusiness', label: 'Ramo', type: 'select', options: LINES_OF_BUSINESS.map(({ label, value }) => ({ label, value })) },
            { name: 'manualPolicyNumber', label: 'No. póliza cancelada', type: 'text', index: true },
          ],
        },
      ],
    },
    {
      name: 'items',
      label: 'Pólizas a legalizar',
      type: 'array',
      access: serverManaged,
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'policy', label: 'Póliza', type: 'relationship', relationTo: SLUGS.policies },
            { name: 'policyNumber', label: 'No. póliza', type: 'text' },
            { name: 'policyType', label: 'Tipo', type: 'text' },
            pesosField({ name: 'premium', label: 'Prima' }),
            { name: 'coverStart', label: 'Inicio vigencia', type: 'date' },
            pesosField({ name: 'amount', label: 'Total a pagar' }),
          ],
        },
      ],
    },
    {
      name: 'means',
      label: 'Medios de pago',
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
            { name: 'bankAccount', label: 'Banco / cuenta', type: 'text' },
            { name: 'bankBranch', label: 'Sucursal', type: 'text' },
            { name: 'authorizationNumber', label: 'Autorización', type: 'text' },
            { name: 'franchise', label: 'Franquicia', type: 'select', options: [...CARD_FRANCHISES] },
          ],
        },
      ],
    },
    { name: 'clave', label: 'Clave', type: 'text', required: true, index: true, admin: { position: 'sidebar' } },
    {
      name: 'confirmedAt',
      label: 'Confirmada el',
      type: 'date',
      index: true,
      access: serverManaged,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
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
    { name: 'branch', label: 'Sucursal', type: 'relationship', relationTo: SLUGS.branches, index: true, access: serverManaged, admin: { position: 'sidebar', readOnly: true } },
  ],
  timestamps: true,
}
