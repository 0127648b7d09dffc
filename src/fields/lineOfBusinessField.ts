import type { SelectField } from 'payload'

import { LINES_OF_BUSINESS } from '@/rules/linesOfBusiness'
import { listSelectField } from './listSelectField'

/** The line of business (ramo) of a policy or a request's product. */
export const lineOfBusinessField = (overrides: Partial<SelectField> = {}): SelectField =>
  listSelectField({ name: 'lineOfBusiness', label: 'Ramo', list: LINES_OF_BUSINESS }, overrides)
