import type { Field } from 'payload'

import { assignedFirmField } from './assignedFirmField'
import { branchField } from './branchField'

/** The case's branch and firm, copied onto its records so their read access is a plain, indexed Where. */
export const caseScopeFields = (): Field[] => [
  branchField({ admin: { hidden: true } }),
  assignedFirmField({ label: 'Firma externa', admin: { hidden: true } }),
]
