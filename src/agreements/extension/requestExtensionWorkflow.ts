import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { lockAgreement } from '@/agreements/payment/lockAgreement'
import { toApiError } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'
import { authorizeExtension } from './authorizeExtension'
import { decideExtension } from './decideExtension'
import { recordExtension } from './recordExtension'
import { rescheduleInstalments } from './rescheduleInstalments'
import type { ExtensionInput, ExtensionStep } from './types'

export type ExtensionOptions = {
  /** Runs after each step, inside the transaction; a test throws here to prove a failure leaves nothing. */
  afterStep?: (step: ExtensionStep) => void | Promise<void>
}

/**
 * The extension of a granted agreement's term (R-AGR-10, 001 §8.19) as named steps in ONE
 * transaction: authorize (update + R-ROL-04), lock the agreement, decide (pure rules), re-schedule
 * the instalments, record the extension and its case-file entry. Any refusal rolls every step back.
 */
export const requestExtensionWorkflow = async (req: PayloadRequest, { id, input }: { id: number; input: ExtensionInput }, options: ExtensionOptions = {}) => {
  const step = async <T>(name: ExtensionStep, run: () => Promise<T>): Promise<T> => {
    const result = await run()
    await options.afterStep?.(name)
    return result
  }
  const today = todayFor(req)
  const startedHere = await initTransaction(req)
  try {
    const { workingStage } = await step('authorize', () => authorizeExtension(req, id))
    const agreement = await step('lockAgreement', () => lockAgreement(req, id))
    const decision = await step('decide', () => decideExtension(req, agreement, input, { today, workingStage }))
    await step('reschedule', () => rescheduleInstalments(req, agreement, decision))
    const updated = await step('record', () => recordExtension(req, agreement, input, decision, today))
    if (startedHere) await commitTransaction(req)
    return {
      agreement: id,
      termMonths: input.termMonths,
      fromInstalment: decision.fromNumber,
      instalments: decision.schedule,
      coverage: decision.coverage,
      extensionsGranted: updated.extensionsGranted,
    }
  } catch (error) {
    await killTransaction(req)
    throw toApiError(error)
  }
}
