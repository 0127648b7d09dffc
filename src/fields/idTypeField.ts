import type { SelectField } from 'payload'

import { ID_TYPES } from '@/rules/identification'
import { listSelectField } from './listSelectField'

/** The kind of identification document (R-REQ-02) of a party, a request's client or a holder. */
export const idTypeField = (overrides: Partial<SelectField> = {}): SelectField =>
  listSelectField({ name: 'idType', label: 'Tipo de identificación', list: ID_TYPES }, overrides)
