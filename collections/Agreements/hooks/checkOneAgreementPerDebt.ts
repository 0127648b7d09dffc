import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isBeingDecided, mergeAgreementData, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { assertOneAgreementPerDebt } from '@/rules/agreements/oneAgreementPerDebt'
import { enforceRule } from '@/utilities/enforceRule'

/** R-AGR-04: one agreement per debt and debtor; none after one declared void for default. */
export const checkOneAgreementPerDebt: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  if (!isBeingDecided(statusMoveOf(data, originalDoc).from)) return data
  const { others } = agreementFactsOf(req, originalDoc?.id)
  const obligations = (mergeAgreementData(data, originalDoc).obligations ?? []).map((o) => ({ period: o.period, concept: o.concept }))
  enforceRule(() => assertOneAgreementPerDebt({ obligations, others }))
  return data
}
