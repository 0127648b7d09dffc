import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isBeingDecided, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { assertNotOnBdme } from '@/rules/agreements/bdme'
import { enforceRule } from '@/utilities/enforceRule'

/** R-AGR-02: neither debtor nor third party on the BDME, on filing and again when approving. */
export const checkDebtorsNotOnBdme: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  if (!isBeingDecided(statusMoveOf(data, originalDoc).from)) return data
  const { debtorOnBdme, thirdPartyOnBdme } = agreementFactsOf(req, originalDoc?.id)
  enforceRule(() => assertNotOnBdme({ debtorOnBdme, thirdPartyOnBdme }))
  return data
}
