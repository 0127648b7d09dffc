/**
 * `npm run bench [-- --size N] [--iterations N] [--seconds N] [--brokers N]`: starts a private embedded
 * PostgreSQL, applies the committed migrations, generates a portfolio of N policies (1 000 000 by
 * default) with SQL and runs every workload of docs/benchmarks.md next to its raw-SQL reference.
 * Prints a Markdown table and writes bench-results/bench-<N>.json.
 */
import '@/db/loadEnv'

import { mkdir, mkdtemp, rm, writeFile } from 'fs/promises'
import os from 'os'
import path from 'path'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { freePort } from '../../tests/int/helpers/freePort'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} debe ser un entero positivo.`)
  return value
}
const size = arg('size', 1_000_000)
const iterations = arg('iterations', 30)
const seconds = arg('seconds', 10)
const brokers = arg('brokers', 50)

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-pg-'))
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bench' })
process.env.DATABASE_URL = pg.url
process.env.PAYLOAD_SECRET ??= 'bench-secret'
process.env.DISABLE_JOB_AUTORUN = 'true'

try {
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const { benchTable, runBench } = await import('./runBench')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  const result = await runBench({ payload, config, size, iterations, concurrencySeconds: seconds, brokers, log: (l) => console.log(l) })
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`
  const report = { size, measuredAt: new Date().toISOString(), machine, ...result }
  console.log(`\n${report.measuredAt.slice(0, 10)} · ${machine} · ${size} policies (seeded in ${result.seedSeconds} s)\n`)
  console.log(benchTable(result.rows))
  const outDir = path.resolve('bench-results')
  await mkdir(outDir, { recursive: true })
  await writeFile(path.join(outDir, `bench-${size}.json`), JSON.stringify(report, null, 2))
  const pool = (payload.db as unknown as { pool?: { on: (e: string, f: () => void) => void; end: () => Promise<void> } }).pool
  pool?.on('error', () => {})
  await Promise.race([pool?.end(), new Promise((r) => setTimeout(r, 3000))])
} finally {
  await Promise.race([pg.stop(), new Promise((r) => setTimeout(r, 15_000))])
  await rm(dataDir, { recursive: true, force: true })
}
process.exit(process.exitCode ?? 0)
