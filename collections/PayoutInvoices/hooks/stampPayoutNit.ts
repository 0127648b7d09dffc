import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { PayoutInvoice } from '@/payload-types'
import { idOf } from '@/utilities/idOf'

/** R-ROL-02: a crossed invoice carries its voucher's NIT, the path the provider's read rule filters on. */
export const stampPayoutNit: CollectionBeforeChangeHook<PayoutInvoice> = async ({ data, originalDoc, req }) => {
  const payoutId = idOf(data.payout ?? originalDoc?.payout)
  if (payoutId === undefined) return data
  const payout = await req.payload.findByID({ collection: SLUGS.payouts, id: payoutId, depth: 0, select: { nit: true }, overrideAccess: true, req })
  return { ...data, nit: payout.nit }
}
