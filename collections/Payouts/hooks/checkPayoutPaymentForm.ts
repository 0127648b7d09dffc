import type { CollectionBeforeValidateHook } from 'payload'

import type { Payout } from '@/payload-types'
import { checkPaymentForm } from '@/rules/payouts/paymentForm'
import { enforceRule } from '@/utilities/enforceRule'

/** R-PAY-02: a dispersión carries its bank fields, a giro directo/cesión none (checked on the merged document). */
export const checkPayoutPaymentForm: CollectionBeforeValidateHook<Payout> = ({ data, originalDoc }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  enforceRule(() => checkPaymentForm({ ...merged, paymentForm: merged.paymentForm ?? '' }))
  return data
}
