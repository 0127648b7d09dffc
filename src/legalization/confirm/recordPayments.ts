import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Legalization } from '@/payload-types'
import { idOf } from '@/utilities/idOf'
import type { PricedConfirmation } from './priceConfirmation'
import type { ConfirmationInput } from './types'

/** Step "record payments" (R-LEG-05): one payment per mean, linked to the legalization and the policies it pays. */
export const recordPayments = async (req: PayloadRequest, legalization: Legalization, priced: PricedConfirmation, input: ConfirmationInput) => {
  const policyIds = priced.items.map((i) => i.policy) as number[]
  // One after the other: writes in one transaction never run in parallel.
  for (const mean of input.means) {
    await req.payload.create({
      collection: SLUGS.payments,
      data: {
        ...mean,
        paidOn: `${mean.paidOn}T12:00:00.000Z`,
        legalization: legalization.id,
        policies: policyIds,
        clave: legalization.clave,
        branch: idOf(legalization.branch) as number | undefined,
        recordedBy: req.user!.id as number,
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}
