import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { rowsInUserScope } from '../../access/rowsInUserScope'
import { staffInOwnBranch } from '../../access/staffInOwnBranch'
import { keepBranchStaffInTheirBranch } from '../../hooks/keepBranchStaffInTheirBranch'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { SLUGS } from '@/constants/slugs'
import { branchField } from '@/fields/branchField'
import { legalDateField } from '@/fields/legalDateField'
import { lineOfBusinessField } from '@/fields/lineOfBusinessField'
import { pesosField } from '@/fields/pesosField'
import { serverManaged } from '@/fields/serverManaged'
import { policyTypeField } from '@/fields/policyTypeField'
import { CERTIFICATE_STATUS, CERTIFICATE_STATUSES } from '@/rules/policyCertificates'
import { POLICY_PAYMENT_STATUS, POLICY_PAYMENT_STATUSES, POLICY_STATUS, POLICY_STATUSES } from '@/rules/policyStatuses'
import { POLICY_TYPE } from '@/rules/policyTypes'
import { reconcilePolicyCertificates } from './hooks/reconcilePolicyCertificates'
import { syncHolderClavesAfterChange } from './hooks/syncHolderClavesAfterChange'
import { syncHolderClavesAfterDelete } from './hooks/syncHolderClavesAfterDelete'
import { lockHolderBeforeDelete } from './hooks/lockHolderBeforeDelete'
import { lockHoldersBeforeChange } from './hooks/lockHoldersBeforeChange'
import { stampPolicySearchText } from './hooks/stampPolicySearchText'
import { validatePolicy } from './hooks/validatePolicy'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { foldPolicySearchQuery } from './hooks/foldPolicySearchQuery'

// The admin validates read-only fields too, before the hook fills them: the derived totals'
// validators accept an empty value (pesosField does), and the hook always sets them.
const FROM_CERTIFICATES = 'Se calcula de los certificados (R-CAR-04).'

export const Policies: CollectionConfig = {
  slug: SLUGS.policies,
  labels: { singular: 'Póliza', plural: 'Pólizas' },
  admin: {
    useAsTitle: 'number',
    defaultColumns: [
      'number',
      'lineOfBusiness',
      'holder',
      'clave',
      'branch',
      'paymentDueDate',
      'totalDue',
      'paymentStatus',
      'status',
    ],
    // One trigram-indexed column holds number, plate, clave and the holder's name and ID (R-CAR-03).
    listSearchableFields: ['searchText'],
    group: 'Cartera',
  },
  defaultSort: '-issueDate',
  access: {
    // Brokers by clave (R-ROL-02), external firms through the holder assigned to them.
    read: rowsInUserScope({ branch: 'branch', clave: 'clave', firm: 'holder.assignedFirm' }),
    create: staffInOwnBranch(),
    update: staffInOwnBranch(),
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths, foldPolicySearchQuery],
    beforeValidate: [keepBranchStaffInTheirBranch, validatePolicy, reconcilePolicyCertificates],
    beforeChange: [stampPolicySearchText, lockHoldersBeforeChange],
    afterChange: [recordChangeInAudit, syncHolderClavesAfterChange],
    beforeDelete: [lockHolderBeforeDelete],
    afterDelete: [recordDeletionInAudit, syncHolderClavesAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', label: 'Número de póliza', type: 'text', required: true, unique: true },
        policyTypeField({ name: 'type', required: true, defaultValue: POLICY_TYPE.individual }),
      ],
    },
    {
      type: 'row',
      fields: [
        lineOfBusinessField({ required: true, index: true }),
        {
          name: 'plate',
          label: 'Placa',
          type: 'text',
          index: true,
          admin: { description: 'Obligatoria en ramos de vehículos (R-REQ-03). Ej.: WMK061.' },
        },
      ],
    },
    {
      name: 'holder',
      label: 'Tomador',
      type: 'relationship',
      relationTo: SLUGS.parties,
      required: true,
      index: true,
    },
    {
      type: 'row',
      fields: [
        legalDateField({ name: 'issueDate', label: 'Fecha de expedición', required: true, index: true }),
        legalDateField({ name: 'coverStart', label: 'Inicio de vigencia', required: true, index: true }),
        legalDateField({ name: 'coverEnd', label: 'Fin de vigencia', required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        pesosField({ name: 'premium', label: 'Prima', required: true }),
        pesosField({ name: 'totalDue', label: 'Total a pagar', required: true, admin: { readOnly: true, description: FROM_CERTIFICATES } }),
        // No default: on create a value sent is checked against the certificates (R-CAR-04).
        pesosField({ name: 'amountPaid', label: 'Valor pagado', admin: { readOnly: true, description: FROM_CERTIFICATES } }),
      ],
    },
    {
      type: 'row',
      fields: [
        legalDateField({
          name: 'paymentDueDate',
          label: 'Fecha límite de pago',
          required: true,
          index: true,
          // Filled in by reconcilePolicyCertificates before the stored value is checked.
          validate: () => true,
          admin: { readOnly: true, description: 'La del certificado pendiente más antiguo (R-CAR-04).' },
        }),
        {
          name: 'paymentStatus',
          label: 'Estado de pago',
          type: 'select',
          required: true,
          defaultValue: POLICY_PAYMENT_STATUS.pending,
          index: true,
          admin: { readOnly: true, description: FROM_CERTIFICATES },
          options: [...POLICY_PAYMENT_STATUSES],
        },
      ],
    },
    {
      name: 'certificates',
      label: 'Certificados',
      labels: { singular: 'Certificado', plural: 'Certificados' },
      type: 'array',
      admin: {
        description:
          'Uno por riesgo o asegurado de una póliza colectiva; una individual tiene solo el 0. Los pagos se aplican al vencimiento más antiguo primero (R-CAR-04).',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', label: 'No. certificado', type: 'text', required: true },
            { name: 'insured', label: 'Asegurado / riesgo', type: 'text' },
            pesosField({ name: 'amountDue', label: 'Valor', required: true }),
            legalDateField({ name: 'dueDate', label: 'Vencimiento', required: true }),
            pesosField({ name: 'amountPaid', label: 'Pagado' }),
            {
              name: 'status',
              label: 'Estado',
              type: 'select',
              defaultValue: CERTIFICATE_STATUS.pending,
              admin: { readOnly: true },
              options: [...CERTIFICATE_STATUSES],
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          label: 'Estado',
          type: 'select',
          required: true,
          defaultValue: POLICY_STATUS.inForce,
          index: true,
          options: [...POLICY_STATUSES],
        },
        legalDateField({ name: 'cancelledAt', label: 'Fecha de cancelación' }),
      ],
    },
    {
      name: 'clave',
      label: 'Clave del intermediario',
      type: 'text',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    branchField({ required: true, admin: { position: 'sidebar' } }),
    {
      // R-CAR-03: the arrears module's free-text search; a trigram (pg_trgm GIN) index on it is
      // created by the migration, since it serves ILIKE '%…%' on any part of a name or ID.
      name: 'searchText',
      label: 'número, placa, clave o tomador',
      type: 'text',
      access: serverManaged,
      admin: { hidden: true },
    },
  ],
}
