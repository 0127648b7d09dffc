import type { CollectionConfig } from 'payload'

import { internalStaffField } from '../../access/internalStaffField'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { rowsInUserScope } from '../../access/rowsInUserScope'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { SLUGS } from '@/constants/slugs'
import { branchField } from '@/fields/branchField'
import { legalDateField } from '@/fields/legalDateField'
import { pesosField } from '@/fields/pesosField'
import { CARD_FRANCHISES, PAYMENT_MEAN_KINDS } from '@/rules/legalization/paymentMeans'
import { bankAccountField } from '@/fields/bankAccountField'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { documentHeading } from '@/fields/documentHeading'

/**
 * R-LEG-05: one row per payment mean of a confirmed legalization, linked to its policies. Written
 * only by POST /api/legalizations/:id/confirm, in the confirmation's transaction, by a payment
 * against an agreement, and by the payments file of the portfolio import (src/imports/loadPayments.ts,
 * one row per core-system receipt, `receiptNumber`).
 */
export const Payments: CollectionConfig = {
  slug: SLUGS.payments,
  labels: { singular: 'Pago', plural: 'Pagos' },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['paidOn', 'kind', 'amount', 'clave', 'legalization', 'policies', 'branch'],
    // The only indexed text field; the rest are found through the filters.
    listSearchableFields: ['clave'],
    group: 'Recaudo',
  },
  defaultSort: '-createdAt',
  access: {
    read: rowsInUserScope({ branch: 'branch', clave: 'clave' }),
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  hooks: { beforeOperation: [refuseUnreadableQueryPaths], afterDelete: [recordDeletionInAudit] },
  fields: [
    documentHeading('Pago nuevo', 'Pago n.º'),
    {
      type: 'row',
      fields: [
        { name: 'kind', label: 'Medio de pago', type: 'select', required: true, index: true, options: [...PAYMENT_MEAN_KINDS] },
        legalDateField({ name: 'paidOn', label: 'Fecha de pago', required: true, index: true }),
        pesosField({ name: 'amount', label: 'Valor pagado', required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        bankAccountField(),
        { name: 'bankAccount', label: 'Banco / cuenta (texto)', type: 'text' },
        { name: 'bankBranch', label: 'Sucursal bancaria', type: 'text' },
        { name: 'authorizationNumber', label: 'No. de autorización', type: 'text' },
        { name: 'franchise', label: 'Franquicia', type: 'select', options: [...CARD_FRANCHISES] },
      ],
    },
    {
      name: 'legalization',
      label: 'Legalización',
      type: 'relationship',
      relationTo: SLUGS.legalizations,
      index: true,
      // A payment comes from a legalization, is paid against a payment agreement, or is a core-system receipt (import).
      validate: (value: unknown, { siblingData }: { siblingData: { agreement?: unknown; receiptNumber?: unknown } }) =>
        Boolean(value) || Boolean(siblingData.agreement) || Boolean(siblingData.receiptNumber) || 'Indique la legalización o el acuerdo de pago del pago.',
    },
    {
      name: 'agreement',
      label: 'Acuerdo de pago',
      type: 'relationship',
      relationTo: SLUGS.agreements,
      index: true,
      admin: { description: 'Pagos aplicados a las cuotas de un acuerdo (R-INT-02).' },
    },
    { name: 'policies', label: 'Pólizas', type: 'relationship', relationTo: SLUGS.policies, hasMany: true, index: true },
    // A broker's clave for legalized payments; a debtor's payment against an agreement has none.
    { name: 'clave', label: 'Clave', type: 'text', index: true, admin: { position: 'sidebar' } },
    branchField({ admin: { position: 'sidebar' } }),
    // The core system's receipt number of an imported payment: its natural key, so a receipt is applied once.
    { name: 'receiptNumber', label: 'No. de recibo (sistema central)', type: 'text', unique: true, admin: { position: 'sidebar', readOnly: true } },
    // A payment against an agreement is recorded once per key, even when two requests race (unique column).
    { name: 'idempotencyKey', label: 'Idempotency-Key', type: 'text', unique: true, access: { read: internalStaffField }, admin: { position: 'sidebar', readOnly: true } },
    // Who recorded it is the insurer's business, not the broker's (R-ROL-02).
    { name: 'recordedBy', label: 'Registrado por', type: 'relationship', relationTo: SLUGS.users, access: { read: internalStaffField }, admin: { position: 'sidebar' } },
  ],
  timestamps: true,
}
