import type { PaymentMean } from '@/rules/legalization/paymentMeans'

/** What the debtor paid against the agreement: one payment mean (the same as a legalization's). */
export type AgreementPaymentInput = { mean: PaymentMean }

/** The names of the payment's steps, in the order they run. */
export const AGREEMENT_PAYMENT_STEPS = ['authorize', 'lockAgreement', 'apply', 'recordPayment', 'updateInstalments', 'settleAgreement'] as const

export type AgreementPaymentStep = (typeof AGREEMENT_PAYMENT_STEPS)[number]
