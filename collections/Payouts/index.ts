import type { CollectionConfig } from 'payload'

import { providerPayoutAccess } from '../../access/providerPayoutAccess'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { importEndpoints } from '@/payouts/import/importEndpoints'
import { payoutEndpoints } from '@/payouts/queries/payoutEndpoints'
import { legalDateField } from '@/fields/legalDateField'
import { pesosField } from '@/fields/pesosField'
import { ACCOUNT_TYPES, PAYMENT_FORMS } from '@/rules/payouts/paymentForm'
import { checkPayoutPaymentForm } from './hooks/checkPayoutPaymentForm'
import { moveInvoicesWithNit } from './hooks/moveInvoicesWithNit'
import { stampProviderNit } from './hooks/stampProviderNit'

/**
 * R-PAY-02: a payment voucher (comprobante de egreso) to a provider. Its crossed invoices are
 * rows of `payout-invoices` (R-PAY-03), so a voucher with hundreds of them is paged by the database.
 * National staff read every voucher, a provider those of its NIT, everyone else none (R-ROL-02).
 */
export const Payouts: CollectionConfig = {
  slug: SLUGS.payouts,
  labels: { singular: 'Comprobante de egreso', plural: 'Comprobantes de egreso' },
  admin: {
    useAsTitle: 'documentNumber',
    defaultColumns: ['documentNumber', 'paidOn', 'provider', 'paymentForm', 'amountPaid'],
    listSearchableFields: ['documentNumber', 'nit'],
    group: 'Pagos a prestadores',
  },
  defaultSort: '-paidOn',
  // The import routes come before `/:id/…`.
  endpoints: [...importEndpoints, ...payoutEndpoints],
  // The provider's period query: its NIT, payment dates in a range.
  indexes: [{ fields: ['nit', 'paidOn'] }],
  access: providerPayoutAccess,
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeValidate: [checkPayoutPaymentForm],
    beforeChange: [stampProviderNit],
    afterChange: [moveInvoicesWithNit, recordChangeInAudit],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'documentNumber', label: 'N° documento', type: 'text', required: true, unique: true, index: true },
        legalDateField({ name: 'paidOn', label: 'Fecha de pago', required: true, index: true }),
        { name: 'paymentForm', label: 'Forma de pago', type: 'select', required: true, index: true, options: [...PAYMENT_FORMS] },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'bankName', label: 'Nombre del banco', type: 'text', admin: { description: 'Solo dispersión (N/A en giro directo/cesión).' } },
        { name: 'accountType', label: 'Tipo de cuenta', type: 'select', options: [...ACCOUNT_TYPES] },
        { name: 'accountNumber', label: 'Número de cuenta', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        pesosField({ name: 'amountPaid', label: 'Valor pago', required: true }),
        pesosField({ name: 'pendingToApply', label: 'Valor pendiente por aplicar', required: true, defaultValue: 0 }),
        pesosField({ name: 'advancePendingToApply', label: 'Valor pendiente por aplicar anticipo', required: true, defaultValue: 0 }),
      ],
    },
    { name: 'provider', label: 'Prestador', type: 'relationship', relationTo: SLUGS.providerRegistry, required: true, index: true },
    {
      name: 'nit',
      label: 'NIT del prestador',
      type: 'text',
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Copiado del registro de prestadores.' },
    },
  ],
  timestamps: true,
}
