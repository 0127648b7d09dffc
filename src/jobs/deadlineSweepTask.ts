import type { TaskConfig } from 'payload'

import { recomputeTermsIfHolidaysChanged } from '@/cases/recomputeTermsIfHolidaysChanged'
import { bogotaDateOf } from '@/rules/calendar'
import { runDeadlineSweep } from '@/sweep/runDeadlineSweep'

export const SWEEP_QUEUE = 'sweep'

/**
 * The daily deadline sweep as a Payload job. Scheduled every day at 06:00 (server time: run the
 * server with TZ=America/Bogota), and queued by hand with `npm run sweep -- --date YYYY-MM-DD`.
 */
export const deadlineSweepTask: TaskConfig<'deadlineSweep'> = {
  slug: 'deadlineSweep',
  label: 'Barrido diario de vencimientos',
  inputSchema: [{ name: 'asOf', label: 'Fecha (AAAA-MM-DD)', type: 'text' }],
  outputSchema: [{ name: 'report', label: 'Resultado', type: 'json' }],
  // Idempotent, so a failed run (database or mail server down) is simply run again: after 5, 10, 20,
  // 40 and 80 minutes.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5 * 60_000 } },
  schedule: [{ cron: '0 0 6 * * *', queue: SWEEP_QUEUE }],
  handler: async ({ input, req }) => {
    const asOf = input?.asOf && /^\d{4}-\d{2}-\d{2}$/.test(input.asOf) ? input.asOf : bogotaDateOf(new Date())
    // First, so that the sweep's own saves do not recount a term silently under a new holiday list.
    const holidayRecompute = await recomputeTermsIfHolidaysChanged({ req, asOf })
    if (holidayRecompute && holidayRecompute.errors.length + holidayRecompute.skipped.length > 0) {
      req.payload.logger.warn({ msg: 'Términos no recalculados tras cambiar la lista de festivos', errors: holidayRecompute.errors, skipped: holidayRecompute.skipped })
    }
    const report = await runDeadlineSweep({ req, asOf })
    if (report.errors.length > 0) req.payload.logger.warn({ msg: 'Barrido de vencimientos con errores', errors: report.errors })
    // The job's output keeps the whole report, timings per phase included (`npm run sweep` prints it).
    req.payload.logger.info({ msg: `Barrido de vencimientos del ${asOf}: ${report.timings.total} ms`, timings: report.timings })
    return { output: { report } }
  },
}
