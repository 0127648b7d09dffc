import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Legalization } from '@/payload-types'
import { LEGALIZATION_FLOW } from '@/rules/legalization/legalizationOptions'
import { reactivationOf, type PolicyToReactivate } from '@/rules/legalization/reactivation'
import { enforceRule } from '@/utilities/enforceRule'
import type { PricedConfirmation } from './priceConfirmation'
import type { ConfirmationInput } from './types'

/**
 * Step "reactivate policy" (R-LEG-04): a manual legalization brings its cancelled policy back in
 * force when the support predates the cancellation (the rule decides before anything is written;
 * the policy row is already locked by "lock policies"). The automatic flow has nothing to reactivate.
 */
export const reactivatePolicy = async (req: PayloadRequest, legalization: Legalization, priced: PricedConfirmation, input: ConfirmationInput) => {
  if (legalization.flow !== LEGALIZATION_FLOW.manual) return null
  const policy = priced.policies[0] as unknown as PolicyToReactivate & { id: number }
  const patch = enforceRule(() => reactivationOf({ policy, means: input.means }))
  await req.payload.update({
    collection: SLUGS.policies,
    id: policy.id,
    data: patch,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return policy.id
}
