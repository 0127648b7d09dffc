import type { CollectionConfig, Field } from 'payload'

import { providerPayoutAccess } from '../../access/providerPayoutAccess'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { legalDateField } from '@/fields/legalDateField'
import { pesosField } from '@/fields/pesosField'
import { INVOICE_AMOUNTS, INVOICE_CHARGES, INVOICE_TAXES } from '@/rules/payouts/invoiceFields'
import { checkInvoiceFiguresOnSave } from './hooks/checkInvoiceFiguresOnSave'
import { stampPayoutNit } from './hooks/stampPayoutNit'

const amountFields = (amounts: readonly { name: string; label: string }[]): Field[] =>
  amounts.map(({ name, label }) => pesosField({ name, label, defaultValue: 0 }))

/**
 * R-PAY-03/04: an invoice a payout crossed, one row each so that a voucher with hundreds of them is
 * read 21 at a time (index on payout + line). Read like its voucher: national staff, the provider of its NIT.
 */
export const PayoutInvoices: CollectionConfig = {
  slug: SLUGS.payoutInvoices,
  labels: { singular: 'Factura cruzada', plural: 'Facturas cruzadas' },
  admin: {
    useAsTitle: 'invoiceNumber',
    defaultColumns: ['payout', 'line', 'invoiceNumber', 'invoiceValue', 'paidAmount', 'balance'],
    listSearchableFields: ['invoiceNumber'],
    group: 'Pagos a prestadores',
  },
  defaultSort: 'line',
  indexes: [{ fields: ['payout', 'line'] }],
  access: providerPayoutAccess,
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeValidate: [checkInvoiceFiguresOnSave],
    beforeChange: [stampPayoutNit],
    afterChange: [recordChangeInAudit],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'payout', label: 'Comprobante de egreso', type: 'relationship', relationTo: SLUGS.payouts, required: true, index: true },
        { name: 'line', label: 'Ítem', type: 'number', required: true, min: 1, index: true, admin: { step: 1 } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'voucherNumber', label: 'N° comprobante de pago / anticipo', type: 'text', required: true },
        { name: 'documentType', label: 'Tipo documento', type: 'text', required: true },
        { name: 'invoiceNumber', label: 'Número de factura', type: 'text', required: true, index: true },
      ],
    },
    { type: 'row', fields: amountFields(INVOICE_AMOUNTS) },
    { type: 'collapsible', label: 'Impuestos (Excel)', fields: [{ type: 'row', fields: amountFields(INVOICE_TAXES) }] },
    {
      type: 'collapsible',
      label: 'Cruce, copago y cuota moderadora (Excel)',
      fields: [
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'crossingDate', label: 'Fecha cruce' }),
            { name: 'crossingDocument', label: 'Documento cruce', type: 'text' },
          ],
        },
        { type: 'row', fields: amountFields(INVOICE_CHARGES) },
      ],
    },
    {
      name: 'nit',
      label: 'NIT del prestador',
      type: 'text',
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Copiado del comprobante.' },
    },
  ],
  timestamps: true,
}
