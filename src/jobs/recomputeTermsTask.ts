import type { TaskConfig } from 'payload'

import { recomputeOpenTerms } from '@/cases/recomputeOpenTerms'
import { bogotaDateOf } from '@/rules/calendar'

/**
 * Counts the open terms again after an administrator changed the business calendar (queued by
 * globals/Settings/hooks/recomputeTermsOnCalendarChange on the sweep's queue, which the server
 * runs every five minutes). A job, not the settings request: a closure day may move the terms of
 * thousands of cases.
 */
export const recomputeTermsTask: TaskConfig<'recomputeTerms'> = {
  slug: 'recomputeTerms',
  label: 'Recalcular términos por cambio del calendario',
  inputSchema: [
    { name: 'cause', label: 'Cambio del calendario', type: 'text', required: true },
    { name: 'asOf', label: 'Fecha (AAAA-MM-DD)', type: 'text' },
  ],
  outputSchema: [{ name: 'report', label: 'Resultado', type: 'json' }],
  retries: 2,
  handler: async ({ input, req }) => {
    const asOf = input.asOf && /^\d{4}-\d{2}-\d{2}$/.test(input.asOf) ? input.asOf : bogotaDateOf(new Date())
    const report = await recomputeOpenTerms({ req, asOf, cause: input.cause })
    if (report.skipped.length > 0) req.payload.logger.warn({ msg: 'Notificaciones no recalculadas', skipped: report.skipped })
    // A failed case is retried by the job's retries; the cases already done find nothing more to move.
    if (report.errors.length > 0) throw new Error(`Términos no recalculados: ${report.errors.join(' | ')}`)
    return { output: { report } }
  },
}
