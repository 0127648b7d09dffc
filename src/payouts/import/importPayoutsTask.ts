import type { TaskConfig } from 'payload'

import type { RawImportRow } from '@/rules/payouts/importRows'
import { loadPayouts } from './loadPayouts'

export const PAYOUTS_QUEUE = 'payouts'

/** Where a running load keeps its progress (rows written of the file's), read by GET /api/payouts/import/:jobId. */
export const importProgressKey = (jobId: number | string) => `payout-import:${jobId}`

export type ImportProgress = { done: number; total: number }

/**
 * R-PAY-02…04: loads one treasury file of vouchers and invoices (queue `payouts`). A rejected file
 * is an answer, not a fault: the job completes with status RECHAZADO and the bad lines, nothing
 * written, and is not retried.
 */
export const importPayoutsTask: TaskConfig<'importPayouts'> = {
  slug: 'importPayouts',
  label: 'Carga masiva de comprobantes de egreso',
  inputSchema: [
    { name: 'fileName', type: 'text', required: true },
    { name: 'rows', type: 'json', required: true },
  ],
  outputSchema: [
    { name: 'status', type: 'text', required: true },
    { name: 'payouts', type: 'number', required: true },
    { name: 'invoices', type: 'number', required: true },
    { name: 'errors', type: 'json' },
  ],
  retries: 0,
  handler: async ({ input, job, req }) => {
    const rows = input.rows as RawImportRow[]
    const key = importProgressKey(job.id)
    const report = await loadPayouts(req, rows, (done, total) => req.payload.kv.set(key, { done, total } satisfies ImportProgress))
    return { output: report }
  },
}
