import type { DateField } from 'payload'

/** A moment (date and time), as stamps of filing, comments and confirmations use, shown as dd/MM/yyyy HH:mm. */
export const dateTimeField = (overrides: Partial<DateField> & { name: string; label: string }): DateField =>
  ({
    type: 'date',
    ...overrides,
    admin: {
      ...overrides.admin,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
    },
  }) as DateField
