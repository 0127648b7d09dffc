import type { NumberField } from 'payload'

import { isPesos } from '@/rules/money'

/**
 * Money is whole Colombian pesos: no decimals, never negative. Shown as "$ 4.600.000" in lists
 * (PesosCell) and wherever the field is read-only (PesosField).
 */
export const pesosField = (overrides: Partial<NumberField> & { name: string; label: string }): NumberField =>
  ({
    type: 'number',
    min: 0,
    validate: (value: unknown) =>
      value === null || value === undefined || isPesos(value)
        ? true
        : 'Debe ser un valor entero en pesos, sin decimales (R-MON-01).',
    ...overrides,
    admin: {
      step: 1,
      ...overrides.admin,
      components: {
        Cell: '/src/components/PesosCell#PesosCell',
        // Only where the field is read-only by its config: an editable one keeps Payload's own number field.
        ...(overrides.admin?.readOnly ? { Field: '/src/components/PesosField#PesosField' } : {}),
        ...overrides.admin?.components,
      },
    },
  }) as NumberField
