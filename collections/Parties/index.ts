import type { CollectionConfig } from 'payload'

import { refreshPolicySearchText } from './hooks/refreshPolicySearchText'

import { assignsWorkField } from '../../access/assignsWorkField'
import { internalStaffField } from '../../access/internalStaffField'
import { isAdmin } from '../../access/isAdmin'
import { rowsInUserScope } from '../../access/rowsInUserScope'
import { staffInOwnBranch } from '../../access/staffInOwnBranch'
import { checkWorkAssignees } from '../../hooks/checkWorkAssignees'
import { keepBranchStaffInTheirBranch } from '../../hooks/keepBranchStaffInTheirBranch'
import { refuseWorkAssignmentByOthers } from '../../hooks/refuseWorkAssignmentByOthers'
import { recordChangeInAudit } from '../../hooks/recordChangeInAudit'
import { recordDeletionInAudit } from '../../hooks/recordDeletionInAudit'
import { SLUGS } from '@/constants/slugs'
import { assignedFirmField } from '@/fields/assignedFirmField'
import { branchField } from '@/fields/branchField'
import { idTypeField } from '@/fields/idTypeField'
import { legalDateField } from '@/fields/legalDateField'
import { INSOLVENCY_STATUSES, NO_INSOLVENCY } from '@/rules/parties/insolvency'
import { composeDisplayName } from './hooks/composeDisplayName'
import { guardBdmeReport } from './hooks/guardBdmeReport'
import { normalizeIdentification } from './hooks/normalizeIdentification'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { documentHeading } from '@/fields/documentHeading'

/** Debtors, clients and policyholders (terceros). */
export const Parties: CollectionConfig = {
  slug: SLUGS.parties,
  labels: { singular: 'Tercero', plural: 'Terceros' },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'idType', 'idNumber', 'branch', 'insolvencyStatus', 'cannotBeLocated'],
    listSearchableFields: ['displayName', 'idNumber'],
    group: 'Cartera',
  },
  access: {
    read: rowsInUserScope({ branch: 'branch', clave: 'claves', firm: 'assignedFirm', nit: 'idNumber', nitType: 'idType' }),
    create: staffInOwnBranch(),
    update: staffInOwnBranch(),
    delete: isAdmin,
  },
  indexes: [{ fields: ['idType', 'idNumber'], unique: true }],
  hooks: {
    beforeOperation: [refuseUnreadableQueryPaths, refuseWorkAssignmentByOthers, guardBdmeReport],
    beforeValidate: [keepBranchStaffInTheirBranch, normalizeIdentification],
    beforeChange: [composeDisplayName, checkWorkAssignees],
    afterChange: [recordChangeInAudit, refreshPolicySearchText],
    afterDelete: [recordDeletionInAudit],
  },
  fields: [
    {
      type: 'row',
      fields: [
        idTypeField({ required: true }),
        { name: 'idNumber', label: 'Número de identificación', type: 'text', required: true, index: true },
        {
          name: 'checkDigit',
          label: 'DV',
          type: 'number',
          min: 0,
          max: 9,
          admin: { description: 'Dígito de verificación (solo NIT).', width: '200px' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'firstName', label: 'Nombres', type: 'text' },
        { name: 'lastName', label: 'Apellidos', type: 'text' },
        { name: 'businessName', label: 'Razón social', type: 'text' },
      ],
    },
    documentHeading('Tercero nuevo'),
    {
      name: 'displayName',
      label: 'Nombre',
      type: 'text',
      index: true,
      admin: { readOnly: true, description: 'Razón social o nombres y apellidos.' },
    },
    {
      name: 'addresses',
      label: 'Direcciones',
      labels: { singular: 'Dirección', plural: 'Direcciones' },
      type: 'array',
      fields: [
        { name: 'address', label: 'Dirección', type: 'text', required: true },
        { name: 'city', label: 'Ciudad', type: 'text', required: true },
        { name: 'department', label: 'Departamento', type: 'text' },
        { name: 'isNotificationAddress', label: 'Dirección de notificación', type: 'checkbox' },
      ],
    },
    {
      name: 'emails',
      label: 'Correos electrónicos',
      labels: { singular: 'Correo', plural: 'Correos electrónicos' },
      type: 'array',
      fields: [
        { name: 'email', label: 'Correo', type: 'email', required: true },
        { name: 'authorizedForNotices', label: 'Autorizado para notificaciones', type: 'checkbox' },
      ],
    },
    {
      name: 'phones',
      label: 'Teléfonos',
      labels: { singular: 'Teléfono', plural: 'Teléfonos' },
      type: 'array',
      fields: [{ name: 'number', label: 'Número', type: 'text', required: true }],
    },
    {
      name: 'cannotBeLocated',
      label: 'No localizable',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { read: internalStaffField },
      admin: { description: 'R-COB-07: no se ha podido ubicar al deudor por ningún canal.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'insolvencyStatus',
          label: 'Proceso de insolvencia',
          type: 'select',
          defaultValue: NO_INSOLVENCY,
          required: true,
          index: true,
          access: { read: internalStaffField },
          options: [...INSOLVENCY_STATUSES],
          admin: { description: 'R-COB-09: en insolvencia se suspende toda acción de cobro.' },
        },
        legalDateField({ name: 'insolvencySince', label: 'Insolvencia desde', access: { read: internalStaffField } }),
      ],
    },
    {
      type: 'row',
      fields: [
        // R-ROL-05: derived from the BDME register (bdme-entries), where the executor officer acts;
        // written only by its hook (overrideAccess), refused out loud to clients by guardBdmeReport.
        {
          name: 'reportedToBdme',
          label: 'Reportado en el BDME',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          access: { read: internalStaffField, create: () => false, update: () => false },
          admin: { readOnly: true, description: 'Se deriva de "Reportes BDME".' },
        },
        legalDateField({
          name: 'bdmeReportedAt',
          label: 'Fecha de reporte BDME',
          access: { read: internalStaffField, create: () => false, update: () => false },
          admin: { readOnly: true, description: 'La del reporte vigente en "Reportes BDME".' },
        }),
      ],
    },
    // R-ROL-01: set by who assigns work (refused out loud by refuseWorkAssignmentByOthers).
    branchField({ required: true, access: { create: assignsWorkField, update: assignsWorkField }, admin: { position: 'sidebar' } }),
    // Its picker lists active external firms; checkWorkAssignees refuses anyone else (R-ROL-01).
    assignedFirmField({ access: { read: internalStaffField, create: assignsWorkField, update: assignsWorkField }, admin: { position: 'sidebar' } }),
    {
      name: 'claves',
      label: 'Claves de sus pólizas',
      type: 'text',
      hasMany: true,
      index: true,
      // Maintained by the policies' hook (with overrideAccess); nobody types it.
      // Brokers must not learn which other claves share a client (R-ROL-02).
      access: { read: internalStaffField, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Se calcula a partir de las pólizas del tercero.',
      },
    },
  ],
}
