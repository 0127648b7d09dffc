import type { TaskConfig } from 'payload'

import { proposeBatch } from '@/assignment/proposeBatch'
import { bogotaDateOf } from '@/rules/calendar'

/** The queue of the monthly assignment batch (its cron runs on the first day of the month). */
export const ASSIGNMENT_QUEUE = 'assignment'

/**
 * Seed 001 §7.2.1 item 6: on the first of each month, proposes the month's assignment of debts to
 * external firms; the collections manager reviews and confirms it in the admin.
 */
export const monthlyAssignmentTask: TaskConfig<'monthlyAssignment'> = {
  slug: 'monthlyAssignment',
  label: 'Proponer la asignación mensual a firmas externas',
  inputSchema: [{ name: 'asOf', label: 'Fecha (AAAA-MM-DD)', type: 'text' }],
  outputSchema: [{ name: 'batch', label: 'Lote', type: 'number' }],
  schedule: [{ cron: '0 0 6 1 * *', queue: ASSIGNMENT_QUEUE }],
  retries: 1,
  handler: async ({ input, req }) => {
    const asOf = input.asOf && /^\d{4}-\d{2}-\d{2}$/.test(input.asOf) ? input.asOf : bogotaDateOf(new Date())
    const batch = await proposeBatch(req, { period: asOf.slice(0, 7), asOf })
    return { output: { batch: batch.id } }
  },
}
