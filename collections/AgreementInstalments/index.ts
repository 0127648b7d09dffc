import type { CollectionConfig } from 'payload'

import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { legalDateField } from '@/fields/legalDateField'
import { pesosField } from '@/fields/pesosField'
import { INSTALMENT_STATUS_OPTIONS } from '@/rules/agreements/statuses'
import { caseRecordWrittenBySystem } from '../../access/caseRecordWrittenBySystem'

/**
 * R-AGR-08: one row per instalment of a granted agreement, written only by the approval and the
 * payments (in their transaction). The case's branch and firm are copied on each row and indexed
 * with the due date, so "instalments due this week in my scope" is one indexed query.
 */
export const AgreementInstalments: CollectionConfig = {
  slug: SLUGS.agreementInstalments,
  labels: { singular: 'Cuota de acuerdo', plural: 'Cuotas de acuerdos' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'dueOn', 'amount', 'paidAmount', 'status', 'branch', 'assignedFirm'],
    group: 'Cobro',
    description: 'Cuotas de los acuerdos de pago, por fecha de vencimiento.',
  },
  defaultSort: 'dueOn',
  access: caseRecordWrittenBySystem,
  hooks: { beforeOperation: [refuseUnreadableQueryPaths] },
  indexes: [{ fields: ['branch', 'dueOn'] }, { fields: ['assignedFirm', 'dueOn'] }],
  fields: [
    { name: 'label', label: 'Cuota', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'agreement', label: 'Acuerdo', type: 'relationship', relationTo: SLUGS.agreements, required: true, index: true },
        { name: 'case', label: 'Expediente', type: 'relationship', relationTo: SLUGS.cases, required: true, index: true },
        { name: 'number', label: 'No. de cuota (0 = abono inicial)', type: 'number', required: true, min: 0 },
      ],
    },
    {
      type: 'row',
      fields: [
        legalDateField({ name: 'dueOn', label: 'Vence (al cierre del día hábil)', required: true, index: true }),
        pesosField({ name: 'amount', label: 'Valor', required: true }),
        pesosField({ name: 'paidAmount', label: 'Pagado', defaultValue: 0 }),
        pesosField({ name: 'lateInterestPaid', label: 'Intereses de mora pagados', defaultValue: 0 }),
        { name: 'status', label: 'Estado', type: 'select', required: true, defaultValue: 'PENDIENTE', index: true, options: INSTALMENT_STATUS_OPTIONS },
      ],
    },
    { name: 'pays', label: 'Obligaciones que cancela', type: 'text' },
    { name: 'branch', label: 'Sucursal', type: 'relationship', relationTo: SLUGS.branches, index: true, admin: { position: 'sidebar' } },
    { name: 'assignedFirm', label: 'Firma externa', type: 'relationship', relationTo: SLUGS.users, index: true, admin: { position: 'sidebar' } },
  ],
  timestamps: true,
}
