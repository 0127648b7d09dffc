import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { BdmeEntry } from '@/payload-types'
import { assertNoOpenReport } from '@/rules/bdme/bdmeEntry'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/** R-ROL-05: one report in force per debtor; a new one waits for the withdrawal of the earlier. */
export const checkNoOpenReport: CollectionBeforeChangeHook<BdmeEntry> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: SLUGS.bdmeEntries,
    where: { and: [{ party: { equals: idOf(data.party) } }, { open: { equals: true } }] },
    overrideAccess: true,
    req,
  })
  enforceRule(() => assertNoOpenReport(totalDocs))
  return data
}
