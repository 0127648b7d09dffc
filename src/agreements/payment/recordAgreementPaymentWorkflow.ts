import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { toApiError } from '@/utilities/enforceRule'
import { applyAgreementPaymentStep } from './applyAgreementPaymentStep'
import { authorizeAgreementPayment } from './authorizeAgreementPayment'
import { findRecordedPayment } from './findRecordedPayment'
import { lockAgreement } from './lockAgreement'
import { recordAgreementPaymentRow } from './recordAgreementPaymentRow'
import { settleAgreement } from './settleAgreement'
import type { AgreementPaymentInput, AgreementPaymentStep } from './types'
import { updateInstalments } from './updateInstalments'

export type AgreementPaymentOptions = {
  /** Runs after each step, inside the transaction; a test throws here to prove a failure leaves nothing. */
  afterStep?: (step: AgreementPaymentStep) => void | Promise<void>
}

/**
 * A payment against a granted agreement (R-INT-02, R-AGR-09, R-AGR-13) as named steps in ONE
 * transaction: authorize, lock the agreement, apply, record the payment, update the instalments,
 * settle the balance and write the case-file entry. Any refusal or failure rolls every step back.
 * The same Idempotency-Key answers the first payment again (`replayed: true`) and writes nothing.
 */
export const recordAgreementPaymentWorkflow = async (
  req: PayloadRequest,
  { id, key, input }: { id: number; key: string; input: AgreementPaymentInput },
  options: AgreementPaymentOptions = {},
) => {
  const step = async <T>(name: AgreementPaymentStep, run: () => Promise<T>): Promise<T> => {
    const result = await run()
    await options.afterStep?.(name)
    return result
  }
  const startedHere = await initTransaction(req)
  try {
    await step('authorize', () => authorizeAgreementPayment(req, id))
    const agreement = await step('lockAgreement', () => lockAgreement(req, id))
    const recorded = await findRecordedPayment(req, id, key)
    if (recorded) {
      if (startedHere) await commitTransaction(req)
      return { payment: recorded.id, agreement: id, outstanding: agreement.outstanding, replayed: true }
    }
    const applied = await step('apply', () => applyAgreementPaymentStep(req, agreement, input.mean.amount, input.mean.paidOn))
    const payment = await step('recordPayment', () => recordAgreementPaymentRow(req, agreement, input, key))
    await step('updateInstalments', () => updateInstalments(req, applied))
    const settled = await step('settleAgreement', () => settleAgreement(req, agreement, input.mean.amount, applied, input.mean.paidOn))
    if (startedHere) await commitTransaction(req)
    const { kind, lateInterest, application } = applied.result
    return { payment: payment.id, agreement: id, kind, lateInterest, application, outstanding: settled.outstanding, status: settled.status, replayed: false }
  } catch (error) {
    await killTransaction(req)
    throw toApiError(error)
  }
}
