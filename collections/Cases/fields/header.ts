import type { Field } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { computed } from '@/fields/computedField'
import { legalDateField } from '@/fields/legalDateField'
import { DEADLINE_FLAGS } from '@/rules/cases/caseOptions'
import { flagDeadlineAsOfToday } from '../hooks/flagDeadlineAsOfToday'
import { firstSubStateOf, STAGE_OPTIONS, STAGES, SUB_STATE_OPTIONS } from '@/rules/cases/stages'
import { documentHeading } from '@/fields/documentHeading'

/** Above the tabs: who owes, where the case stands (R-COB-01) and its next legal deadline. */
export const caseHeaderFields: Field[] = [
  documentHeading('Expediente nuevo'),
  computed({ name: 'title', label: 'Expediente', type: 'text', index: true }),
  {
    type: 'row',
    fields: [
      { name: 'debtor', label: 'Deudor (aportante)', type: 'relationship', relationTo: SLUGS.parties, required: true, index: true },
      computed({ name: 'debtorName', label: 'Nombre del deudor', type: 'text', index: true }),
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'stage',
        label: 'Etapa',
        type: 'select',
        required: true,
        defaultValue: STAGES.persuasive,
        index: true,
        options: STAGE_OPTIONS,
      },
      {
        name: 'subState',
        label: 'Estado',
        type: 'select',
        required: true,
        defaultValue: firstSubStateOf(STAGES.persuasive),
        index: true,
        options: SUB_STATE_OPTIONS,
      },
    ],
  },
  {
    type: 'row',
    fields: [
      computed(legalDateField({ name: 'nextDeadline', label: 'Próximo vencimiento', index: true })),
      computed({ name: 'nextDeadlineLabel', label: 'Término', type: 'text' }),
      computed({
        name: 'deadlineFlag',
        label: 'Alerta',
        type: 'select',
        index: true,
        options: [...DEADLINE_FLAGS],
        // Shown as of today, not as of the last save or sweep.
        hooks: { afterRead: [flagDeadlineAsOfToday] },
      }),
    ],
  },
]
