import type { GlobalConfig } from 'payload'

import { keepsFirmAssignments } from '../../access/keepsFirmAssignments'
import { SLUGS } from '@/constants/slugs'
import { pesosField } from '@/fields/pesosField'
import { externalFirmFilter, pickedUserValidate } from '@/fields/userPicker'
import { assertIsExternalFirm } from '@/rules/access/workAssignment'

/**
 * Seed 001 §7.2.1 item 6: what makes a debt worth an external firm (age and value), which
 * branches send their debts to firms, how many open debts a firm carries at most, and the firms
 * that receive work. Kept by the collections manager; read by the monthly batch.
 */
export const AssignmentRules: GlobalConfig = {
  slug: SLUGS.assignmentRules,
  label: 'Reglas de asignación a firmas',
  admin: { group: 'Cobro' },
  access: { read: keepsFirmAssignments, update: keepsFirmAssignments },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'minAgeDays', label: 'Edad mínima de la deuda (días)', type: 'number', required: true, min: 0, defaultValue: 90 },
        pesosField({ name: 'minValue', label: 'Valor mínimo de la deuda (pesos)', required: true, defaultValue: 0 }),
        { name: 'maxOpenDebtsPerFirm', label: 'Carga máxima por firma (deudas abiertas)', type: 'number', required: true, min: 1, defaultValue: 100 },
      ],
    },
    {
      name: 'branches',
      label: 'Sucursales incluidas',
      type: 'relationship',
      relationTo: SLUGS.branches,
      hasMany: true,
      admin: { description: 'Vacío: todas las sucursales.' },
    },
    {
      name: 'firms',
      label: 'Firmas externas activas',
      type: 'relationship',
      relationTo: SLUGS.users,
      hasMany: true,
      filterOptions: externalFirmFilter,
      validate: pickedUserValidate(assertIsExternalFirm),
      admin: { description: 'Reciben asignaciones, la de menor carga primero. Un usuario inactivo no recibe.' },
    },
  ],
}
