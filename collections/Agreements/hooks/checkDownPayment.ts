import type { CollectionBeforeChangeHook } from 'payload'

import { isBeingDecided, mergeAgreementData, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { assertDownPayment } from '@/rules/agreements/downPayment'
import { enforceRule } from '@/utilities/enforceRule'

/** R-AGR-03: the down payment is at least 10% of the total (computed by fillAgreementFromCase). */
export const checkDownPayment: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc }) => {
  if (!isBeingDecided(statusMoveOf(data, originalDoc).from)) return data
  const a = mergeAgreementData(data, originalDoc)
  enforceRule(() => assertDownPayment({ total: a.total ?? 0, downPayment: a.downPayment ?? 0 }))
  return data
}
