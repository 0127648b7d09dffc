import type { PayloadRequest } from 'payload'

import type { Legalization } from '@/payload-types'
import { LEGALIZATION_FLOW } from '@/rules/legalization/legalizationOptions'
import { assertManualMeans } from '@/rules/legalization/manualLegalization'
import { assertMeansMatchTotal } from '@/rules/legalization/paymentMeans'
import { priceLegalization } from '@/legalization/priceLegalization'
import type { ConfirmationInput } from './types'

export type PricedConfirmation = Awaited<ReturnType<typeof priceLegalization>>

/**
 * Step "price": the items and total from the policies as they are now (locked), so a policy paid
 * meanwhile is not paid twice (R-LEG-01); the means must add up to that total to the peso (R-LEG-03);
 * a manual legalization needs support dated before the cancellation (R-LEG-04).
 */
export const priceConfirmation = async (req: PayloadRequest, legalization: Legalization, input: ConfirmationInput) => {
  const priced = await priceLegalization(req, legalization)
  assertMeansMatchTotal(input.means, priced.total)
  if (legalization.flow === LEGALIZATION_FLOW.manual) {
    assertManualMeans({ cancelledAt: String((priced.policies[0] as { cancelledAt?: string }).cancelledAt), means: input.means })
  }
  return priced
}
