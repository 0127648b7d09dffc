import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Guarantee } from '@/payload-types'
import { assertGuaranteeOnAgreementCase } from '@/rules/guarantees/agreementLink'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/** The agreement a guarantee backs is one of its own case (R-GAR-02). */
export const checkGuaranteeAgreement: CollectionBeforeChangeHook<Guarantee> = async ({ data, originalDoc, req }) => {
  const agreementId = idOf(data.agreement ?? originalDoc?.agreement)
  if (agreementId === undefined || agreementId === null) return data
  const agreement = await req.payload.findByID({ collection: SLUGS.agreements, id: agreementId, depth: 0, select: { case: true }, overrideAccess: true, req })
  enforceRule(() => assertGuaranteeOnAgreementCase({ guaranteeCase: idOf(data.case ?? originalDoc?.case)!, agreementCase: idOf(agreement.case)! }))
  return data
}
