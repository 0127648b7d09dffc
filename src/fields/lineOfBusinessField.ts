import type { SelectField } from 'payload'

import { LINES_OF_BUSINESS } from '../rules/linesOfBusiness'

/** The line of business (ramo) of a policy or a request's product. */
export const lineOfBusinessField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'lineOfBusiness',
    label: 'Ramo',
    type: 'select',
    options: LINES_OF_BUSINESS.map(({ label, value }) => ({ label, value })),
    ...overrides,
  }) as SelectField
