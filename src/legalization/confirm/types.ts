import type { z } from 'zod'

import type { LegalizationPaymentMean } from '@/rules/legalization/paymentMeans'

/** What the broker sends to confirm: the payment means (R-LEG-02, accounts chosen from the catalogue) and optional support documents. */
export type ConfirmationInput = {
  means: (z.infer<typeof LegalizationPaymentMean> & { bankAccount?: string })[]
  supports?: number[]
}

/** The names of the confirmation's steps, in the order they run. */
export const CONFIRMATION_STEPS = [
  'authorize',
  'lockLegalization',
  'lockPolicies',
  'checkBankAccounts',
  'price',
  'recordPayments',
  'creditCertificates',
  'reactivatePolicy',
  'fileRequest',
  'markConfirmed',
] as const

export type ConfirmationStep = (typeof CONFIRMATION_STEPS)[number]
