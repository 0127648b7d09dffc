/**
 * `npm run bench:arrears [-- <policies>]`: seeds N policies (100 000 by default) straight into a
 * private embedded PostgreSQL, then downloads GET /api/arrears/export.xlsx through the real REST
 * route handler as a broker, and reports the time, the bytes and the peak RSS of the process while
 * it streamed. The workbook is read back with exceljs' streaming reader to check its row count and
 * total pending against SQL. Results go to stdout and bench-results/arrears.json.
 */
import '@/db/loadEnv'

import { mkdir, mkdtemp, rm, writeFile } from 'fs/promises'
import os from 'os'
import path from 'path'
import { Readable } from 'stream'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { freePort } from '../tests/int/helpers/freePort'

const POLICIES = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000)
const HOLDERS = 2_000
const CLAVE = '70001'
const AS_OF = '2026-05-15'

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-arrears-pg-'))
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bench' })
process.env.DATABASE_URL = pg.url
process.env.PAYLOAD_SECRET ??= 'bench-secret'

try {
  const { default: config } = await import('../payload.config')
  const { getPayload } = await import('payload')
  const { sql } = await import('@payloadcms/db-postgres')
  const { REST_GET } = await import('@payloadcms/next/routes')
  const ExcelJS = (await import('exceljs')).default

  const payload = await getPayload({ config })
  await payload.db.migrate()
  const db = payload.db.drizzle as unknown as { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

  const seedStart = performance.now()
  const branch = await payload.create({ collection: 'branches', data: { code: 'BOG', name: 'Bogotá', city: 'Bogotá' }, context: { skipAudit: true } })
  await db.execute(sql`
    INSERT INTO parties (id_type, id_number, first_name, last_name, display_name, branch_id)
    SELECT 'CC', (10000000 + g)::text, 'Tomador', g::text, 'Tomador ' || g, ${branch.id}
    FROM generate_series(1, ${HOLDERS}) g`)
  const firstHolder = Number((await db.execute(sql`SELECT min(id) AS id FROM parties`)).rows[0]!.id)
  // Due dates spread over the 180 days before the as-of date; a tenth already paid.
  await db.execute(sql`
    INSERT INTO policies (number, type, line_of_business, plate, holder_id, issue_date, cover_start, cover_end,
                          premium, total_due, amount_paid, payment_due_date, payment_status, status, clave, branch_id)
    SELECT 'B' || lpad(g::text, 7, '0'),
           (CASE WHEN g % 5 = 0 THEN 'COLECTIVA' ELSE 'INDIVIDUAL' END)::enum_policies_type,
           (CASE WHEN g % 3 = 0 THEN 'AU-LIVIANOS' ELSE 'HOGAR' END)::enum_policies_line_of_business,
           CASE WHEN g % 3 = 0 THEN 'ABC' || lpad((g % 1000)::text, 3, '0') END,
           ${firstHolder} + (g % ${HOLDERS}),
           timestamptz '2025-11-01 12:00+00' + (g % 120) * interval '1 day',
           timestamptz '2025-11-05 12:00+00' + (g % 120) * interval '1 day',
           timestamptz '2026-11-05 12:00+00' + (g % 120) * interval '1 day',
           1000000 + (g % 1000) * 1000,
           1190000 + (g % 1000) * 1190,
           CASE WHEN g % 10 = 0 THEN 1190000 + (g % 1000) * 1190 ELSE 0 END,
           timestamptz '2026-05-14 12:00+00' - (g % 180) * interval '1 day',
           (CASE WHEN g % 10 = 0 THEN 'PAGADA' ELSE 'PENDIENTE' END)::enum_policies_payment_status,
           'VIGENTE'::enum_policies_status,
           ${CLAVE},
           ${branch.id}
    FROM generate_series(1, ${POLICIES}) g`)
  await db.execute(sql`ANALYZE policies`)
  await db.execute(sql`ANALYZE parties`)
  const expected = (
    await db.execute(sql`
      SELECT count(*)::int AS n, coalesce(sum(total_due - coalesce(amount_paid, 0)), 0)::bigint AS pending FROM policies
      WHERE payment_status IN ('PENDIENTE', 'PARCIAL') AND payment_due_date < timestamptz '2026-05-15 00:00-05'`)
  ).rows[0]!
  const seedSeconds = (performance.now() - seedStart) / 1000

  await payload.create({
    collection: 'users',
    data: { email: 'broker@bench.co', password: 'Cartera-Veloz-2026', name: 'Broker bench', role: 'intermediario', claves: [CLAVE] } as never,
    context: { skipAudit: true },
  })
  const { token } = await payload.login({ collection: 'users', data: { email: 'broker@bench.co', password: 'Cartera-Veloz-2026' } })

  // Warm-up: the first REST call builds the route handler's config; it is not part of the export.
  const warm = await REST_GET(config)(new Request(`http://localhost/api/arrears?asOf=${AS_OF}&limit=1`, { headers: { Authorization: `JWT ${token}` } }), {
    params: Promise.resolve({ slug: ['arrears'] }),
  })
  await warm.text()

  // Where the export spends its time: database reads (payload.find) versus the rest (workbook).
  const originalFind = payload.find.bind(payload)
  let findMs = 0
  let findCalls = 0
  payload.find = (async (...args: Parameters<typeof payload.find>) => {
    const t = performance.now()
    try {
      return await originalFind(...args)
    } finally {
      findMs += performance.now() - t
      findCalls += 1
    }
  }) as typeof payload.find

  global.gc?.()
  const baseline = process.memoryUsage().rss
  let peak = baseline
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)

  const started = performance.now()
  const url = `http://localhost/api/arrears/export.xlsx?asOf=${AS_OF}`
  const response = await REST_GET(config)(new Request(url, { headers: { Authorization: `JWT ${token}` } }), {
    params: Promise.resolve({ slug: ['arrears', 'export.xlsx'] }),
  })
  if (response.status !== 200) throw new Error(`export: ${response.status} ${await response.text()}`)
  const outDir = path.resolve('bench-results')
  await mkdir(outDir, { recursive: true })
  const file = path.join(outDir, `arrears-${POLICIES}.xlsx`)
  const { createWriteStream } = await import('fs')
  const { pipeline } = await import('stream/promises')
  let bytes = 0
  const counter = Readable.fromWeb(response.body as never)
  counter.on('data', (chunk: Buffer) => (bytes += chunk.length))
  await pipeline(counter, createWriteStream(file))
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)

  const result = {
    policiesSeeded: POLICIES,
    pastDueUnpaidExpected: Number(expected.n),
    totalPendingSql: Number(expected.pending),
    seedSeconds: Math.round(seedSeconds * 10) / 10,
    exportSeconds: Math.round(seconds * 10) / 10,
    databaseReadSeconds: Math.round(findMs / 100) / 10,
    databaseReads: findCalls,
    workbookMB: mb(bytes),
    rssBeforeExportMB: mb(baseline),
    peakRssDuringExportMB: mb(peak),
    node: process.version,
    measuredAt: new Date().toISOString(),
  }
  console.log(JSON.stringify(result, null, 2))
  await writeFile(path.join(outDir, 'arrears.json'), JSON.stringify(result, null, 2))

  // --verify reads the workbook back (exceljs' streaming reader is slow: minutes for 100k rows)
  // and checks its rows and total pending against SQL.
  if (process.argv.includes('--verify')) {
    const verifyStart = performance.now()
    let rows = 0
    let pendingSum = 0
    let footerTotal: unknown = null
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache' })
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<{ number: number; getCell: (i: number) => { value: unknown } }>) {
        if (row.number === 1) continue
        const first = row.getCell(1).value
        if (first === 'Total pendiente') footerTotal = row.getCell(13).value
        else if (first !== 'Cifras al') {
          rows += 1
          pendingSum += Number(row.getCell(13).value)
        }
      }
    }
    const verification = { rowsInWorkbook: rows, totalPendingRows: pendingSum, totalPendingFooter: footerTotal, seconds: Math.round((performance.now() - verifyStart) / 100) / 10 }
    console.log(JSON.stringify({ verification }, null, 2))
    if (rows !== result.pastDueUnpaidExpected || pendingSum !== result.totalPendingSql || footerTotal !== result.totalPendingSql) {
      console.error('El libro no coincide con la base de datos.')
      process.exitCode = 1
    }
  }
  // PostgreSQL is stopped next: close the pool first so its idle clients do not crash the process.
  const pool = (payload.db as unknown as { pool?: { on: (e: string, f: () => void) => void; end: () => Promise<void> } }).pool
  pool?.on('error', () => {})
  await Promise.race([pool?.end(), new Promise((r) => setTimeout(r, 3000))])
} finally {
  // A stop that hangs must not keep the run alive forever.
  await Promise.race([pg.stop(), new Promise((r) => setTimeout(r, 15_000))])
  await rm(dataDir, { recursive: true, force: true })
}
// Some library keeps a handle open after the run; the measurement is done, so leave explicitly.
process.exit(process.exitCode ?? 0)
