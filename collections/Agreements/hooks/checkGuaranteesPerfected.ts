import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isApproval, statusMoveOf } from '@/agreements/agreementSave'
import type { Agreement } from '@/payload-types'
import { assertGuaranteesPerfected } from '@/rules/guarantees/perfection'
import { enforceRule } from '@/utilities/enforceRule'

/** R-GAR-03: every guarantee backing the agreement is perfected before it is granted, except a list of assets. */
export const checkGuaranteesPerfected: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  const { from, to } = statusMoveOf(data, originalDoc)
  if (!isApproval(from, to)) return data
  const { guarantees } = agreementFactsOf(req, originalDoc?.id)
  enforceRule(() => assertGuaranteesPerfected(guarantees.map((g) => ({ id: g.id, kind: g.kind, status: g.status }))))
  return data
}
