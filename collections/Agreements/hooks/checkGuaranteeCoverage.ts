import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { coverageInputOf } from '@/agreements/guaranteeCoverageOf'
import { isApproval, mergeAgreementData, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { assertGuaranteesCover } from '@/rules/guarantees/coverage'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

/**
 * R-GAR-02: when the agreement is granted with guarantees, they cover its capital, the interest
 * already liquidated, the interest projected over the term at the rate in force today, and the costs.
 */
export const checkGuaranteeCoverage: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  const { from, to } = statusMoveOf(data, originalDoc)
  if (!isApproval(from, to)) return data
  const { settings, guarantees } = agreementFactsOf(req, originalDoc?.id)
  if (guarantees.length === 0) return data
  const a = mergeAgreementData(data, originalDoc)
  enforceRule(() => assertGuaranteesCover(coverageInputOf(a, { startDate: todayFor(req), termMonths: a.termMonths ?? 0, rates: settings.moratoriumRates, guarantees })))
  return data
}
