import type { SelectField } from 'payload'

import { ID_TYPES } from '../rules/identification'

/** The kind of identification document (R-REQ-02) of a party, a request's client or a holder. */
export const idTypeField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'idType',
    label: 'Tipo de identificación',
    type: 'select',
    options: ID_TYPES.map(({ label, value }) => ({ label, value })),
    ...overrides,
  }) as SelectField
