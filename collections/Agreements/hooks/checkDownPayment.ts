import type { CollectionBeforeChangeHook } from 'payload'

import { isBeingDecided, mergeAgreementData, statusMoveOf } from '../../../src/agreements/agreementSave'
import type { Agreement } from '../../../src/payload-types'
import { assertDownPayment } from '../../../src/rules/agreements/downPayment'
import { enforceRule } from '../../../src/utilities/enforceRule'

/** R-AGR-03: the down payment is at least 10% of the total (computed by fillAgreementFromCase). */
export const checkDownPayment: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc }) => {
  if (!isBeingDecided(statusMoveOf(data, originalDoc).from)) return data
  const a = mergeAgreementData(data, originalDoc)
  enforceRule(() => assertDownPayment({ total: a.total ?? 0, downPayment: a.downPayment ?? 0 }))
  return data
}
