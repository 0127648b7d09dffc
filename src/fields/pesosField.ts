import type { NumberField } from 'payload'

import { isPesos } from '@/rules/money'

/** Money is whole Colombian pesos: no decimals, never negative. */
export const pesosField = (overrides: Partial<NumberField> & { name: string; label: string }): NumberField =>
  ({
    type: 'number',
    min: 0,
    admin: { step: 1, components: { Cell: '/src/components/PesosCell#PesosCell' } },
    validate: (value: unknown) =>
      value === null || value === undefined || isPesos(value)
        ? true
        : 'Debe ser un valor entero en pesos, sin decimales (R-MON-01).',
    ...overrides,
  }) as NumberField
