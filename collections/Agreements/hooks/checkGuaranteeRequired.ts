import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isApproval, mergeAgreementData, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { smmlvOn } from '@/rules/cases/coactiveEligibility'
import { assertGuaranteeWhenRequired } from '@/rules/guarantees/required'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

/** R-GAR-01: an agreement whose total exceeds 10 SMMLV of the year in force (settings) is granted only with a guarantee. */
export const checkGuaranteeRequired: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  const { from, to } = statusMoveOf(data, originalDoc)
  if (!isApproval(from, to)) return data
  const { settings, guarantees } = agreementFactsOf(req, originalDoc?.id)
  const a = mergeAgreementData(data, originalDoc)
  enforceRule(() =>
    assertGuaranteeWhenRequired({ obligation: a.total ?? 0, smmlv: smmlvOn(todayFor(req), settings.minimumWages), guarantees: guarantees.length }),
  )
  return data
}
