import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Legalization } from '@/payload-types'
import { LEGALIZATION_STATUS } from '@/rules/legalization/legalizationOptions'
import type { PricedConfirmation } from './priceConfirmation'
import type { ConfirmationInput } from './types'

/** Step "mark confirmed" (R-LEG-05): the legalization keeps its items, means, key and request, and is frozen. */
export const markConfirmed = async (
  req: PayloadRequest,
  legalization: Legalization,
  priced: PricedConfirmation,
  input: ConfirmationInput,
  confirmation: { key: string; requestId: number },
) =>
  req.payload.update({
    collection: SLUGS.legalizations,
    id: legalization.id,
    data: {
      status: LEGALIZATION_STATUS.confirmed,
      items: priced.items as never,
      total: priced.total,
      means: input.means.map((m) => ({ ...m, paidOn: `${m.paidOn}T12:00:00.000Z` })) as never,
      confirmedAt: new Date().toISOString(),
      confirmedBy: req.user!.id as number,
      idempotencyKey: confirmation.key,
      request: confirmation.requestId,
    },
    depth: 0,
    overrideAccess: true,
    context: { confirmingLegalization: true },
    req,
  })
