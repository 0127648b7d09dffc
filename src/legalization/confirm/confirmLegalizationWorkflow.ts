import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { decideConfirmation } from '@/rules/legalization/confirmation'
import { toApiError } from '@/utilities/enforceRule'
import { authorizeConfirmation } from './authorizeConfirmation'
import { checkBankAccounts } from './checkBankAccounts'
import { confirmationSummary } from './confirmationSummary'
import { creditCertificates } from './creditCertificates'
import { fileLegalizationRequest } from './fileLegalizationRequest'
import { lockLegalization } from './lockLegalization'
import { lockPricedPolicies } from './lockPricedPolicies'
import { markConfirmed } from './markConfirmed'
import { priceConfirmation } from './priceConfirmation'
import { reactivatePolicy } from './reactivatePolicy'
import { recordPayments } from './recordPayments'
import { refuseReusedKey } from './refuseReusedKey'
import type { ConfirmationInput, ConfirmationStep } from './types'

export type ConfirmationOptions = {
  /** Runs after each step, inside the transaction; a test throws here to prove a failure leaves nothing. */
  afterStep?: (step: ConfirmationStep) => void | Promise<void>
}

/**
 * R-LEG-02…05: confirms a legalization as named steps in ONE transaction — authorize, lock the
 * legalization, lock its policies, check the chosen bank accounts, price, record payments, credit certificates, reactivate a cancelled
 * policy (manual flow), file the request,
 * mark confirmed. Any refusal or failure rolls every step back. The same Idempotency-Key on a
 * confirmed legalization answers the first confirmation again (`replayed: true`) and writes nothing.
 */
export const confirmLegalizationWorkflow = async (
  req: PayloadRequest,
  { id, key, input }: { id: number; key: string; input: ConfirmationInput },
  options: ConfirmationOptions = {},
) => {
  const step = async <T>(name: ConfirmationStep, run: () => Promise<T>): Promise<T> => {
    const result = await run()
    await options.afterStep?.(name)
    return result
  }
  const startedHere = await initTransaction(req)
  try {
    await step('authorize', () => authorizeConfirmation(req, id))
    const legalization = await step('lockLegalization', () => lockLegalization(req, id))
    if (decideConfirmation(legalization, key) === 'replay') {
      const summary = await confirmationSummary(req, legalization)
      if (startedHere) await commitTransaction(req)
      return { ...summary, replayed: true }
    }
    await refuseReusedKey(req, key)
    await step('lockPolicies', () => lockPricedPolicies(req, legalization))
    const means = await step('checkBankAccounts', () => checkBankAccounts(req, legalization, input))
    const priced = await step('price', () => priceConfirmation(req, legalization, means))
    await step('recordPayments', () => recordPayments(req, legalization, priced, means))
    await step('creditCertificates', () => creditCertificates(req, priced))
    await step('reactivatePolicy', () => reactivatePolicy(req, legalization, priced, means))
    const request = await step('fileRequest', () => fileLegalizationRequest(req, legalization, priced, means))
    const confirmed = await step('markConfirmed', () => markConfirmed(req, legalization, priced, means, { key, requestId: request.id }))
    const summary = await confirmationSummary(req, confirmed)
    if (startedHere) await commitTransaction(req)
    return { ...summary, replayed: false }
  } catch (error) {
    await killTransaction(req)
    throw toApiError(error)
  }
}
