/**
 * `npm run bench:import [-- --policies 100000]`: times the portfolio import (issue 13 item 1) of N
 * holders (parties file) and N policies with one certificate each (policies file), generated as the
 * core system exports them, in a private embedded PostgreSQL (temp dir, deleted at the end), through
 * the same job as the admin and the CLI. The baseline is a plain COPY of the same rows into an
 * unlogged table; the goal is ≤ 60 s and ≤ 20× that COPY for the policies with their holders. Then N
 * receipts (one per policy) are loaded from a payments file and again from another file (the second
 * must apply nothing); each load prints its seconds per step from its audit entry. `--first-load-only`
 * times the parties and policies loads alone (for 1 000 000, whose goal is 10 minutes).
 */
import '@/db/loadEnv'

import { mkdtemp, rm } from 'fs/promises'
import os from 'os'
import path from 'path'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { freePort } from '../tests/int/helpers/freePort'
import { partyLines, paymentLines, policyLines } from './portfolioFiles'

const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const N = argValue('--policies', 100_000)
// `--profile` prints the slow SQL statements (below).

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cobranzas-bench-import-'))
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bench' })
process.env.DATABASE_URL = pg.url
process.env.PAYLOAD_SECRET ??= 'bench-secret'
process.env.IMPORTS_DIR = path.join(dataDir, 'imports')
process.env.MAIL_OUTBOX_DIR = path.join(dataDir, 'outbox')
delete process.env.SMTP_HOST

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9
// `--profile`: every SQL statement of 100 ms or more is printed with its time (where a step's seconds go).
if (process.argv.includes('--profile')) {
  const pg = await import('pg')
  const proto = pg.default.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const original = proto.query
  proto.query = function (this: unknown, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '')
    const t = performance.now()
    const result = original.apply(this, args)
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      void (result as Promise<unknown>).then(
        () => {
          const ms = performance.now() - t
          if (ms >= 100) console.log(`[sql ${ms.toFixed(0)} ms] ${text.replace(/\s+/g, ' ').slice(0, 160)}`)
        },
        () => undefined,
      )
    }
    return result
  }
}

try {
  const { default: config } = await import('../payload.config')
  const { getPayload } = await import('payload')
  const { closePayload } = await import('@/db/closePayload')
  const { IMPORTS_QUEUE } = await import('@/imports/importPortfolioTask')
  const { copyRows } = await import('@/imports/stageRows')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  await payload.create({ collection: 'branches', data: { code: 'BOG', name: 'Bogotá', city: 'Bogotá' }, overrideAccess: true })

  const load = async (name: string, text: string, kind: 'TERCEROS' | 'POLIZAS' | 'PAGOS') => {
    const data = Buffer.from(text, 'utf8')
    const t = process.hrtime.bigint()
    const doc = await payload.create({ collection: 'portfolio-imports', data: { kind, mode: 'TODO_O_NADA' }, file: { data, name, mimetype: 'text/csv', size: data.length }, overrideAccess: true, depth: 0 })
    await payload.jobs.run({ queue: IMPORTS_QUEUE })
    const done = await payload.findByID({ collection: 'portfolio-imports', id: doc.id, depth: 0 })
    const total = seconds(t)
    // The job's own profile: seconds per step (read, stage, validate, check, upsert, derive, commit), from its audit entry.
    const audit = await payload.find({ collection: 'audit-logs', where: { and: [{ collectionSlug: { equals: 'portfolio-imports' } }, { documentId: { equals: String(doc.id) } }] }, depth: 0, limit: 1 })
    const steps = ((audit.docs[0]?.changes ?? {}) as { seconds?: Record<string, number> }).seconds ?? {}
    const stepSum = Object.values(steps).reduce((s, v) => s + v, 0)
    return { seconds: total, steps: { ...steps, 'upload, queue and report': Number((total - stepSum).toFixed(3)) }, status: done.status, counts: done.counts, message: done.message }
  }

  const partiesText = partyLines({ n: N })
  const policiesText = policyLines({ n: N })
  const parties = await load('terceros.csv', partiesText, 'TERCEROS')
  const policies = await load('polizas.csv', policiesText, 'POLIZAS')
  // `--first-load-only` (the 1M run): the goal's loads alone, without the reload and the receipts.
  const firstLoadOnly = process.argv.includes('--first-load-only')
  const again = firstLoadOnly ? null : await load('polizas-otra-vez.csv', policiesText + '\n', 'POLIZAS')
  const paymentsText = firstLoadOnly ? '' : paymentLines({ n: N })
  const payments = firstLoadOnly ? null : await load('pagos.csv', paymentsText, 'PAGOS')
  const paymentsAgain = firstLoadOnly ? null : await load('pagos-otra-vez.csv', paymentsText + '\n', 'PAGOS')

  // Baseline: a plain COPY of the same rows (both files) into unlogged text tables.
  const client = await payload.db.pool.connect()
  const t = process.hrtime.bigint()
  for (const [table, text] of [['bench_copy_parties', partiesText], ['bench_copy_policies', policiesText]] as const) {
    const [header, ...rows] = text.trim().split('\n')
    const columns = header!.split(';').map((c) => c.toLowerCase())
    await client.query(`CREATE UNLOGGED TABLE ${table} (${columns.map((c) => `"${c}" text`).join(', ')})`)
    await copyRows(client, table, columns, rows.map((r) => r.split(';').map((c) => (c === '' ? null : c))))
  }
  const copySeconds = seconds(t)
  client.release()
  const total = parties.seconds + policies.seconds
  console.log(
    JSON.stringify(
      {
        policies: N,
        partiesLoad: parties,
        policiesLoad: policies,
        reloadOfSameRows: again,
        paymentsLoad: payments,
        reloadOfSamePayments: paymentsAgain,
        importSeconds: Number(total.toFixed(2)),
        plainCopySeconds: Number(copySeconds.toFixed(2)),
        ratioToCopy: Number((total / copySeconds).toFixed(1)),
        goal: 'importSeconds ≤ 60 and ratioToCopy ≤ 20',
      },
      null,
      2,
    ),
  )
  await closePayload(payload)
} finally {
  await Promise.race([pg.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))])
  await rm(dataDir, { recursive: true, force: true })
}
process.exit(0)
