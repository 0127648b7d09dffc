import type { DateField } from 'payload'

/** A calendar date (no time of day) as legal terms use, shown as dd/MM/yyyy. */
export const legalDateField = (overrides: Partial<DateField> & { name: string; label: string }): DateField =>
  ({
    type: 'date',
    ...overrides,
    admin: {
      date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      ...overrides.admin,
    },
  }) as DateField
