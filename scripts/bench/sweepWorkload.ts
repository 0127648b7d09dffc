import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { SweepReport } from '@/sweep/runDeadlineSweep'
import type { SqlDb } from './generatePortfolio'

/** The sweep's date in the benchmark (a Monday). */
export const SWEEP_AS_OF = '2026-11-30'

/** The sweep workload at 100 000 open cases (1 000 notifications to advance, 1 000 moves), scaled to `cases`. */
export const sweepShape = (cases: number) => ({
  cases,
  // Unanswered LCD citations whose notice falls due: the sweep turns each "notice due".
  advance: Math.max(1, Math.round(cases / 100)),
  // LCDs notified and final: the sweep moves each twice (NOTIFICADA, then EN_FIRME) through the case hooks.
  move: Math.max(1, Math.round(cases / 200)),
  collectors: Math.max(2, Math.min(200, Math.round(cases / 500))),
  firms: Math.max(1, Math.min(20, Math.round(cases / 5000))),
})

export type SweepShape = ReturnType<typeof sweepShape>

/**
 * The sweep's fixtures, in SQL, over the open cases already in the database (the benchmark
 * portfolio's, or the bare ones `bench:sweep` inserts): collectors and external firms as their
 * responsible people, stages spread 50 % persuasive / 35 % pre-legal / 15 % coactive, next deadlines
 * 200 days either side of the date; then on the first cases by id, the notifications the date
 * advances and the LCDs the sweep moves. Notifications without facts on other cases are marked as
 * what they are (citation pending), so only the fixtures' records change with the date.
 */
export const prepareSweepFixtures = async (db: SqlDb, shape: SweepShape) => {
  const t0 = performance.now()
  await db.execute(sql`
    INSERT INTO users (name, email, role, branch_id)
    SELECT 'Gestor ' || g, 'gestor' || g || '@sweep.bench.co', 'profesional_sucursal', (SELECT min(id) FROM branches)
    FROM generate_series(1, ${shape.collectors}) g`)
  await db.execute(sql`
    INSERT INTO users (name, email, role, firm_name)
    SELECT 'Firma ' || g, 'firma' || g || '@sweep.bench.co', 'firma_externa', 'Firma ' || g FROM generate_series(1, ${shape.firms}) g`)
  const [collector0, firm0] = (
    await db.execute(sql`
      SELECT (SELECT min(id) FROM users WHERE email LIKE 'gestor%@sweep.bench.co') AS c, (SELECT min(id) FROM users WHERE email LIKE 'firma%@sweep.bench.co') AS f`)
  ).rows.map((r) => [Number(r.c), Number(r.f)])[0]!
  // The open cases of the benchmark, numbered 0… by id.
  await db.execute(sql`
    WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS g FROM cases ORDER BY id LIMIT ${shape.cases})
    UPDATE cases c SET
      title = 'Caso ' || n.g,
      stage = (CASE WHEN n.g % 20 < 10 THEN 'PERSUASIVO' WHEN n.g % 20 < 17 THEN 'PREJURIDICO' ELSE 'COACTIVO' END)::enum_cases_stage,
      sub_state = (CASE WHEN n.g % 20 < 10 THEN 'GESTION_PERSUASIVA' WHEN n.g % 20 < 17 THEN 'LCD_EN_PROYECTO' ELSE 'ORDEN_DE_EJECUCION' END)::enum_cases_sub_state,
      next_deadline = (${SWEEP_AS_OF}::date + ((n.g % 400) - 200)::int) + time '12:00',
      next_deadline_label = 'Expedir la LCD (R-COB-03)',
      deadline_flag = NULL,
      responsible_id = ${collector0} + n.g % ${shape.collectors},
      assigned_firm_id = ${firm0} + n.g % ${shape.firms}
    FROM numbered n WHERE c.id = n.id`)
  await db.execute(sql`UPDATE notifications SET status = 'PENDIENTE_CITACION' WHERE status IS NULL`)
  const first = Number((await db.execute(sql`SELECT min(id) AS id FROM cases`)).rows[0]!.id)
  const advanceTo = first + shape.advance
  const moveTo = advanceTo + shape.move
  // Unanswered citations: sent 18 Nov, received 19 Nov, appear by 26 Nov, notice due 27 Nov.
  await db.execute(sql`DELETE FROM notifications WHERE case_id < ${moveTo}`)
  await db.execute(sql`
    UPDATE cases SET stage = 'PREJURIDICO', sub_state = 'EN_NOTIFICACION', lcd_issued_on = '2026-11-17T12:00Z' WHERE id >= ${first} AND id < ${advanceTo}`)
  await db.execute(sql`
    INSERT INTO notifications (title, case_id, act, status, facts_citation_sent_on, facts_citation_received_on,
       derived_appearance_deadline, derived_notice_due_on, next_deadline, branch_id, assigned_firm_id)
    SELECT 'LCD · ' || title, id, 'LCD', 'EN_CITACION', '2026-11-18T12:00Z', '2026-11-19T12:00Z', '2026-11-26T12:00Z', '2026-11-27T12:00Z',
           '2026-11-27T12:00Z', branch_id, assigned_firm_id
    FROM cases WHERE id >= ${first} AND id < ${advanceTo}`)
  // LCDs notified in person 5 Oct and final 21 Oct: two automatic moves each.
  await db.execute(sql`
    UPDATE cases SET stage = 'PREJURIDICO', sub_state = 'EN_NOTIFICACION', lcd_issued_on = '2026-10-01T12:00Z',
       lcd_notified_on = '2026-10-05T12:00Z', lcd_final_on = '2026-10-21T12:00Z'
    WHERE id >= ${advanceTo} AND id < ${moveTo}`)
  await db.execute(sql`
    INSERT INTO notifications (title, case_id, act, status, facts_citation_sent_on, facts_personally_notified_on,
       derived_notified_on, derived_notified_by, derived_response_deadline, derived_final_on, branch_id, assigned_firm_id)
    SELECT 'LCD · ' || title, id, 'LCD', 'EN_FIRME', '2026-10-01T12:00Z', '2026-10-05T12:00Z', '2026-10-05T12:00Z', 'PERSONAL',
           '2026-10-20T12:00Z', '2026-10-21T12:00Z', branch_id, assigned_firm_id
    FROM cases WHERE id >= ${advanceTo} AND id < ${moveTo}`)
  for (const table of ['users', 'cases', 'notifications']) await db.execute(sql.raw(`ANALYZE "${table}"`))
  return { seconds: (performance.now() - t0) / 1000 }
}

/** The legal settings the case rules read on a move (minimum wage of the year, rate table). */
export const setSweepSettings = (payload: Payload) =>
  payload.updateGlobal({
    slug: 'settings',
    data: {
      minimumWages: [{ year: 2026, amount: 1_750_905 }],
      moratoriumRates: [{ from: '2025-01-01', to: '2026-12-31', annualRatePercent: '26.76' }],
    },
  })

const OPEN = sql`('PERSUASIVO', 'PREJURIDICO', 'COACTIVO')`

/**
 * The sweep's raw-SQL reference: what it cannot do with less than — the flag of every open case
 * written in one UPDATE and the digest rows read in one SELECT with their recipients — in a
 * transaction rolled back, so it leaves the data as it found it.
 */
export const sweepReference = async (payload: Payload, asOf = SWEEP_AS_OF, soonDays = 5) => {
  const t = performance.now()
  const id = await payload.db.beginTransaction()
  const db = (payload.db as unknown as { sessions: Record<string, { db: SqlDb }> }).sessions[String(id)]!.db
  try {
    await db.execute(sql`
      UPDATE cases SET deadline_flag = (CASE
        WHEN next_deadline < ${asOf}::date THEN 'VENCIDO'
        WHEN next_deadline < ${asOf}::date + ${soonDays + 1}::int THEN 'POR_VENCER'
        ELSE 'EN_TERMINO' END)::enum_cases_deadline_flag
      WHERE stage IN ${OPEN} AND next_deadline IS NOT NULL`)
    await db.execute(sql`
      SELECT r.recipient, count(*) FROM (
        SELECT c.id, unnest(ARRAY[c.responsible_id, c.assigned_firm_id, CASE WHEN c.stage = 'COACTIVO' THEN c.payment_order_signed_by_id END]) AS recipient
        FROM cases c WHERE c.stage IN ${OPEN} AND c.next_deadline < ${asOf}::date + ${soonDays + 1}::int) r
      JOIN users u ON u.id = r.recipient GROUP BY r.recipient`)
  } finally {
    await payload.db.rollbackTransaction(id!)
  }
  return performance.now() - t
}

/** Queues the daily sweep for `asOf` on the jobs queue, runs it and reads its report back from the job, timed end to end. */
export const runSweepJob = async (payload: Payload, asOf = SWEEP_AS_OF) => {
  const start = performance.now()
  const job = await payload.jobs.queue({ task: 'deadlineSweep', input: { asOf }, queue: 'sweep' })
  await payload.jobs.runByID({ id: job.id })
  const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
  const ms = performance.now() - start
  if (done.hasError) throw new Error(`El barrido falló: ${JSON.stringify(done.error ?? done.log).slice(0, 2000)}`)
  // The job log stores the task's output as JSON; runDeadlineSweep wrote a SweepReport there.
  const output = (done.log ?? []).find((entry) => entry.taskSlug === 'deadlineSweep' && entry.state === 'succeeded')?.output as { report?: SweepReport } | undefined
  // A failed attempt the job will retry leaves hasError false and a failed entry in its log.
  if (!output?.report) throw new Error(`El barrido no dejó su informe en el registro del trabajo: ${JSON.stringify(done.log ?? []).slice(0, 3000)}`)
  return { ms, report: output.report }
}

/** A report in one line: what was written and the phases' times. */
export const sweepSummary = (r: SweepReport) =>
  `${r.notificationsAdvanced} notifications advanced, ${r.casesMoved.length} moves, ${r.flagged.overdue} overdue, ${r.flagged.dueSoon} due soon, ` +
  `${r.emailsQueued} digests queued, ${r.errors.length} errors; phases ms ${Object.entries(r.timings ?? {})
    .map(([phase, ms]) => `${phase} ${ms}`)
    .join(', ')}`
