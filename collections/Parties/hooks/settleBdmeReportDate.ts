import type { CollectionBeforeChangeHook } from 'payload'

import type { Party } from '../../../src/payload-types'
import { settleBdmeReport } from '../../../src/rules/parties/bdmeReport'
import { enforceRule } from '../../../src/utilities/enforceRule'

/** R-ROL-05: a report to the BDME carries its date; withdrawing it clears the date. */
export const settleBdmeReportDate: CollectionBeforeChangeHook<Party> = ({ data }) => ({
  ...data,
  ...enforceRule(() => settleBdmeReport({ reportedToBdme: data.reportedToBdme, bdmeReportedAt: data.bdmeReportedAt })),
})
