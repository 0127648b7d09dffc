import type { Field } from 'payload'

import { assignsWorkField } from '../../../access/assignsWorkField'
import { SLUGS } from '@/constants/slugs'
import { assignedFirmField } from '@/fields/assignedFirmField'
import { branchField } from '@/fields/branchField'
import { computed } from '@/fields/computedField'
import { caseResponsibleFilter, pickedUserValidate } from '@/fields/userPicker'
import { STAGE_OPTIONS, SUB_STATE_OPTIONS } from '@/rules/cases/stages'

// R-ROL-01: who works the case is decided by who assigns work (refuseWorkAssignmentByOthers).
const assignsWork = { create: assignsWorkField, update: assignsWorkField }

/** The sidebar: who works the case, and where a paused case stopped. */
export const caseAssignmentFields: Field[] = [
  branchField({ required: true, access: assignsWork, admin: { position: 'sidebar', description: 'Por defecto, la del deudor.' } }),
  assignedFirmField({
    access: assignsWork,
    admin: { position: 'sidebar', description: 'Por defecto, la asignada al deudor.' },
  }),
  {
    name: 'responsible',
    label: 'Responsable',
    type: 'relationship',
    relationTo: SLUGS.users,
    index: true,
    access: assignsWork,
    // R-ROL-01: lists who may work the case; checkWorkAssignees refuses anyone else on save.
    filterOptions: caseResponsibleFilter,
    validate: pickedUserValidate(),
    admin: { position: 'sidebar', description: 'Recibe el resumen diario de vencimientos.' },
  },
  computed({
    name: 'pausedAt',
    label: 'Detenido en',
    type: 'group',
    admin: { position: 'sidebar' },
    fields: [
      { name: 'stage', label: 'Etapa', type: 'select', options: STAGE_OPTIONS },
      { name: 'subState', label: 'Estado', type: 'select', options: SUB_STATE_OPTIONS },
    ],
  }),
]
