import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { keepsFirmAssignments } from '../../access/keepsFirmAssignments'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { computed } from '@/fields/computedField'
import { dateTimeField } from '@/fields/dateTimeField'
import { legalDateField } from '@/fields/legalDateField'
import { pesosField } from '@/fields/pesosField'
import { stampedUserField } from '@/fields/stampedUserField'
import { externalFirmFilter, pickedUserValidate } from '@/fields/userPicker'
import { assertIsExternalFirm } from '@/rules/access/workAssignment'
import { BATCH_STATUS, BATCH_STATUSES, PERIOD_PATTERN } from '@/rules/assignment/assignmentOptions'
import { confirmAssignmentBatch } from './endpoints/confirmAssignmentBatch'
import { proposeAssignmentBatch } from './endpoints/proposeAssignmentBatch'
import { freezeConfirmedBatch } from './hooks/freezeConfirmedBatch'
import { documentHeading } from '@/fields/documentHeading'

/**
 * Seed 001 §7.2.1 item 6: a month's proposal of debtors to assign to external firms, made by the
 * batch (`POST /api/assignment-batches/propose`, or the monthly job) from the rules; the collections
 * manager changes a row's firm or drops rows, then confirms it (`POST /api/assignment-batches/:id/confirm`).
 */
export const AssignmentBatches: CollectionConfig = {
  slug: SLUGS.assignmentBatches,
  labels: { singular: 'Lote de asignación', plural: 'Lotes de asignación a firmas' },
  admin: {
    group: 'Cobro',
    useAsTitle: 'title',
    defaultColumns: ['title', 'period', 'status', 'asOf', 'confirmedAt'],
    description: 'Revise la propuesta: cambie la firma de una fila o quítela, y confirme con el botón "Confirmar asignación".',
    components: {
      beforeListTable: ['/src/components/assignment/ProposeBatchButton#ProposeBatchButton'],
      edit: { beforeDocumentControls: ['/src/components/assignment/ConfirmBatchButton#ConfirmBatchButton'] },
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: keepsFirmAssignments,
    create: keepsFirmAssignments,
    update: keepsFirmAssignments,
    delete: isAdmin,
  },
  endpoints: [
    { path: '/propose', method: 'post', handler: proposeAssignmentBatch },
    { path: '/:id/confirm', method: 'post', handler: confirmAssignmentBatch },
  ],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths],
    beforeChange: [freezeConfirmedBatch],
  },
  fields: [
    documentHeading('Lote de asignación nuevo'),
    computed({ name: 'title', label: 'Lote', type: 'text', index: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'period',
          label: 'Periodo (AAAA-MM)',
          type: 'text',
          required: true,
          index: true,
          validate: (v: unknown) => (typeof v === 'string' && PERIOD_PATTERN.test(v)) || 'Use el formato AAAA-MM.',
        },
        legalDateField({ name: 'asOf', label: 'Edad calculada al', required: true }),
        computed({ name: 'status', label: 'Estado', type: 'select', index: true, defaultValue: BATCH_STATUS.proposed, options: [...BATCH_STATUSES] }),
      ],
    },
    {
      name: 'rows',
      label: 'Asignaciones propuestas',
      type: 'array',
      labels: { singular: 'Asignación', plural: 'Asignaciones' },
      admin: { description: 'Las deudas más antiguas y de mayor valor primero. Cambie la firma o quite la fila.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'debtor', label: 'Deudor', type: 'relationship', relationTo: SLUGS.parties, required: true, admin: { readOnly: true } },
            { name: 'debtorName', label: 'Nombre', type: 'text', admin: { readOnly: true } },
            { name: 'branch', label: 'Sucursal', type: 'relationship', relationTo: SLUGS.branches, admin: { readOnly: true } },
          ],
        },
        {
          type: 'row',
          fields: [
            pesosField({ name: 'value', label: 'Capital abierto', admin: { readOnly: true, step: 1 } }),
            legalDateField({ name: 'oldestDueDate', label: 'Vencimiento más antiguo', admin: { readOnly: true } }),
            { name: 'ageDays', label: 'Edad (días)', type: 'number', admin: { readOnly: true } },
            { name: 'openCases', label: 'Expedientes', type: 'number', admin: { readOnly: true } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'proposedFirm', label: 'Firma propuesta', type: 'relationship', relationTo: SLUGS.users, admin: { readOnly: true } },
            {
              name: 'firm',
              label: 'Firma asignada',
              type: 'relationship',
              relationTo: SLUGS.users,
              required: true,
              filterOptions: externalFirmFilter,
              validate: pickedUserValidate(assertIsExternalFirm),
            },
          ],
        },
      ],
    },
    computed({
      name: 'leftOut',
      label: 'Deudas que cumplen las reglas y quedaron sin asignar',
      labels: { singular: 'Deuda sin asignar', plural: 'Deudas sin asignar' },
      type: 'array',
      fields: [
        { name: 'debtor', label: 'Deudor', type: 'relationship', relationTo: SLUGS.parties },
        { name: 'reason', label: 'Motivo', type: 'text' },
      ],
    }),
    computed({ name: 'reason', label: 'Motivo de la asignación', type: 'text', admin: { position: 'sidebar' } }),
    stampedUserField('confirmedBy', 'Confirmado por'),
    computed(dateTimeField({ name: 'confirmedAt', label: 'Confirmado el', admin: { position: 'sidebar' } })),
  ],
}
