import type { z } from 'zod'

import type { PaymentMean } from '@/rules/legalization/paymentMeans'

/** What the broker sends to confirm: the payment means (R-LEG-02) and optional support documents. */
export type ConfirmationInput = {
  means: z.infer<typeof PaymentMean>[]
  supports?: number[]
}

/** The names of the confirmation's steps, in the order they run. */
export const CONFIRMATION_STEPS = [
  'authorize',
  'lockLegalization',
  'lockPolicies',
  'price',
  'recordPayments',
  'creditCertificates',
  'fileRequest',
  'markConfirmed',
] as const

export type ConfirmationStep = (typeof CONFIRMATION_STEPS)[number]
