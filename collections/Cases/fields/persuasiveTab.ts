import type { Tab } from 'payload'

import { computed } from '@/fields/computedField'
import { legalDateField } from '@/fields/legalDateField'
import { stampedUserField } from '@/fields/stampedUserField'
import { PERSUASIVE_CHANNELS } from '@/rules/cases/persuasiveNotices'

/** R-COB-02: the default notice and the persuasive actions taken before going to law. */
export const persuasiveTab: Tab = {
  label: 'Persuasivo',
  fields: [
    {
      name: 'defaultNotice',
      label: 'Constitución en mora y aviso de incumplimiento (R-COB-02)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            legalDateField({ name: 'arisenOn', label: 'Mora surgida el' }),
            legalDateField({ name: 'identifiedOn', label: 'Identificada el' }),
            legalDateField({ name: 'sentOn', label: 'Enviada el' }),
            computed(legalDateField({ name: 'deadline', label: 'Enviar a más tardar' })),
          ],
        },
      ],
    },
    {
      name: 'persuasiveActions',
      label: 'Gestiones persuasivas (R-COB-02)',
      type: 'array',
      labels: { singular: 'Gestión', plural: 'Gestiones' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'channel', label: 'Canal', type: 'select', required: true, options: [...PERSUASIVE_CHANNELS] },
            legalDateField({ name: 'date', label: 'Fecha', required: true }),
            stampedUserField('author', 'Autor'),
          ],
        },
        { name: 'outcome', label: 'Resultado', type: 'textarea', required: true },
      ],
    },
  ],
}
