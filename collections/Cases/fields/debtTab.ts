import type { Tab } from 'payload'

import { computed } from '@/fields/computedField'
import { legalDateField } from '@/fields/legalDateField'
import { pesosField } from '@/fields/pesosField'
import { DEBT_CONCEPTS } from '@/rules/cases/caseOptions'

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/

/** The debt lines the case claims (R-COB-01) and their totals. */
export const debtTab: Tab = {
  label: 'Deuda',
  fields: [
    {
      name: 'debtLines',
      label: 'Obligaciones',
      type: 'array',
      minRows: 1,
      labels: { singular: 'Obligación', plural: 'Obligaciones' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'period', label: 'Periodo (AAAA-MM)', type: 'text', required: true, validate: (v: unknown) => (typeof v === 'string' && PERIOD.test(v)) || 'Use el formato AAAA-MM.' },
            { name: 'concept', label: 'Concepto', type: 'select', required: true, options: [...DEBT_CONCEPTS] },
            { name: 'contributors', label: 'Cotizantes', type: 'number', min: 0 },
          ],
        },
        {
          type: 'row',
          fields: [
            pesosField({ name: 'capital', label: 'Capital', required: true }),
            legalDateField({ name: 'dueDate', label: 'Fecha límite de pago', required: true }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        computed(pesosField({ name: 'capitalTotal', label: 'Capital total' })),
        computed(legalDateField({ name: 'oldestDueDate', label: 'Vencimiento más antiguo', index: true })),
        computed({ name: 'isRecovery', label: 'Incluye recobros', type: 'checkbox' }),
      ],
    },
  ],
}
