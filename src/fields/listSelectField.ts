import type { SelectField } from 'payload'

/** A select over one of the closed lists of src/rules: its labels shown, its values stored. */
export const listSelectField = (
  field: { name: string; label: string; list: readonly { label: string; value: string }[] },
  overrides: Partial<SelectField>,
): SelectField =>
  ({
    name: field.name,
    label: field.label,
    type: 'select',
    options: field.list.map(({ label, value }) => ({ label, value })),
    ...overrides,
  }) as SelectField
