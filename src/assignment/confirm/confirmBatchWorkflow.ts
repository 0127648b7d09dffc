import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { toApiError } from '@/utilities/enforceRule'
import { assignDebtor } from './assignDebtor'
import { checkBatch } from './checkBatch'
import { lockBatch } from './lockBatch'
import { lockDebtors } from './lockDebtors'
import { markBatchConfirmed } from './markBatchConfirmed'
import type { BatchConfirmationStep } from './types'

export type BatchConfirmationOptions = {
  /** Runs after each step, inside the transaction; a test throws here to prove a failure leaves nothing. */
  afterStep?: (step: BatchConfirmationStep) => void | Promise<void>
}

/**
 * Seed 001 §7.2.1 item 6, R-ASG-04: confirms an assignment batch as named steps in ONE
 * transaction — lock the batch, check it, lock its debtors, assign each debtor and its open cases
 * (with the case-file entry and the trail row), mark it confirmed. Any refusal rolls all back.
 * The caller has checked `update` on the batch (requireAccess).
 */
export const confirmBatchWorkflow = async (req: PayloadRequest, { id, reason }: { id: number; reason: string }, options: BatchConfirmationOptions = {}) => {
  const step = async <T>(name: BatchConfirmationStep, run: () => Promise<T>): Promise<T> => {
    const result = await run()
    await options.afterStep?.(name)
    return result
  }
  const startedHere = await initTransaction(req)
  try {
    const batch = await step('lockBatch', () => lockBatch(req, id))
    const rows = await step('checkBatch', () => checkBatch(req, batch, reason))
    await step('lockDebtors', () => lockDebtors(req, rows))
    const results = await step('assignDebtors', async () => {
      const done: { debtor: number; firm: number; changed: boolean; cases: number }[] = []
      for (const row of rows) done.push({ debtor: row.debtor, firm: row.firm, ...(await assignDebtor(req, batch, row, reason)) })
      return done
    })
    const confirmed = await step('markConfirmed', () => markBatchConfirmed(req, id, reason))
    if (startedHere) await commitTransaction(req)
    return {
      id: confirmed.id,
      status: confirmed.status,
      assigned: results.filter((r) => r.changed).length,
      unchanged: results.filter((r) => !r.changed).length,
      cases: results.reduce((sum, r) => sum + r.cases, 0),
    }
  } catch (error) {
    await killTransaction(req)
    throw toApiError(error)
  }
}
