import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { rowsInUserScope } from '../../access/rowsInUserScope'
import { refuseUnreadableQueryPaths } from '../../hooks/refuseUnreadableQueryPaths'
import { SLUGS } from '@/constants/slugs'
import { dateTimeField } from '@/fields/dateTimeField'
import { ASSIGNMENT_SOURCES } from '@/rules/assignment/assignmentOptions'

/**
 * Seed 001 §7.2.1 item 6: the trail of every assignment of a debtor to an external firm — the
 * firm, the one before it, who assigned, when and why. Written only by the confirmation of a batch
 * (overrideAccess); nobody edits or deletes it, so a re-assignment adds a row and keeps the history.
 * A firm reads the rows that assigned debtors to it; branch staff those of their branch.
 */
export const FirmAssignments: CollectionConfig = {
  slug: SLUGS.firmAssignments,
  labels: { singular: 'Asignación a firma', plural: 'Historial de asignaciones' },
  admin: {
    group: 'Cobro',
    useAsTitle: 'summary',
    defaultColumns: ['assignedAt', 'debtor', 'firm', 'previousFirm', 'period', 'openCases', 'reason'],
  },
  defaultSort: '-assignedAt',
  access: {
    read: rowsInUserScope({ branch: 'branch', firm: 'firm' }),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeOperation: [refuseUnreadableQueryPaths] },
  fields: [
    { name: 'summary', label: 'Asignación', type: 'text' },
    { name: 'debtor', label: 'Deudor', type: 'relationship', relationTo: SLUGS.parties, required: true, index: true },
    { name: 'firm', label: 'Firma asignada', type: 'relationship', relationTo: SLUGS.users, required: true, index: true },
    { name: 'previousFirm', label: 'Firma anterior', type: 'relationship', relationTo: SLUGS.users, index: true },
    { name: 'branch', label: 'Sucursal', type: 'relationship', relationTo: SLUGS.branches, index: true },
    { name: 'batch', label: 'Lote', type: 'relationship', relationTo: SLUGS.assignmentBatches, index: true },
    { name: 'period', label: 'Periodo (AAAA-MM)', type: 'text', index: true },
    { name: 'source', label: 'Origen', type: 'select', options: [...ASSIGNMENT_SOURCES] },
    { name: 'openCases', label: 'Expedientes abiertos', type: 'number' },
    { name: 'value', label: 'Capital abierto', type: 'number' },
    { name: 'assignedBy', label: 'Asignada por', type: 'relationship', relationTo: SLUGS.users },
    { name: 'assignedByEmail', label: 'Correo de quien asignó', type: 'text' },
    dateTimeField({ name: 'assignedAt', label: 'Fecha y hora', required: true, index: true }),
    { name: 'reason', label: 'Motivo', type: 'text', required: true },
  ],
}
