import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isBeingDecided, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { assertNotBlockedByBdme } from '@/rules/bdme/bdmeEntry'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

/**
 * R-AGR-02: neither the debtor nor the jointly liable third party has a BDME report in force today,
 * read from the register (`bdme-entries`), on filing and again when approving.
 */
export const checkDebtorsNotOnBdme: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  if (!isBeingDecided(statusMoveOf(data, originalDoc).from)) return data
  const { debtorBdmeEntries, thirdPartyBdmeEntries } = agreementFactsOf(req, originalDoc?.id)
  const today = todayFor(req)
  enforceRule(() => {
    assertNotBlockedByBdme(debtorBdmeEntries, today, 'El deudor')
    assertNotBlockedByBdme(thirdPartyBdmeEntries, today, 'El tercero solicitante')
  })
  return data
}
