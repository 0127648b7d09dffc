import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type SanitizedConfig } from 'payload'

import { arrearsDashboard } from '@/arrears/arrearsDashboard'
import { ArrearsQuery, arrearsWhere } from '@/arrears/arrearsQuery'
import { findArrearsPage } from '@/arrears/findArrearsPage'
import { scopeToSql, tableOf, whereToSql } from '@/auth/scopeToSql'
import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { ARREARS_BUCKETS } from '@/rules/arrears'
import { BOGOTA } from '@/rules/calendar/isoDate'
import { runConcurrentBrokers, startApiServer } from './concurrentBrokers'
import { claveOf, drizzleOf, generatePortfolio } from './generatePortfolio'
import { prepareSweepFixtures, runSweepJob, setSweepSettings, sweepReference, sweepShape, sweepSummary } from './sweepWorkload'

export const AS_OF = '2026-05-15'
const PASSWORD = 'Cartera-Veloz-2026'

export type BenchRow = {
  workload: string
  goal: string
  p50Ms: number | null
  p95Ms: number | null
  refP50Ms: number | null
  refP95Ms: number | null
  /** p95 over the reference's p95. */
  ratio: number | null
  peakRssMB: number | null
  /** Extra figures of the workload (rows, req/s…). */
  detail: string
  met: boolean | null
}

export type BenchOptions = {
  payload: Payload
  config: SanitizedConfig
  size: number
  /** Timed runs of each latency workload (after two warm-ups). */
  iterations?: number
  /** Seconds of the concurrent brokers' run. */
  concurrencySeconds?: number
  brokers?: number
  log?: (line: string) => void
}

const round = (n: number) => Math.round(n * 10) / 10
const mb = (bytes: number) => round(bytes / 1024 / 1024)

const percentile = (values: number[], p: number) => {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!)
}

/** Samples the process RSS every 20 ms while `fn` runs. */
const withPeakRss = async <T>(fn: () => Promise<T>): Promise<{ value: T; peakMB: number }> => {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  try {
    const value = await fn()
    peak = Math.max(peak, process.memoryUsage().rss)
    return { value, peakMB: mb(peak) }
  } finally {
    clearInterval(timer)
  }
}

const timeRuns = async (iterations: number, fn: () => Promise<unknown>) => {
  await fn()
  await fn()
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  return times
}

/**
 * Seeds the portfolio at `size`, then measures each workload of the issue next to its raw-SQL
 * reference in the same run and returns one row per workload (the CLI prints and writes them).
 */
export const runBench = async (options: BenchOptions) => {
  const { payload, config, size, iterations = 30, concurrencySeconds = 10, brokers = 50, log = () => {} } = options
  const db = drizzleOf(payload)
  const seeded = await generatePortfolio(payload, size)
  log(`portfolio: ${JSON.stringify(seeded.shape)} in ${round(seeded.seedSeconds)} s`)

  // Users: an administrator and `brokers` brokers (claves 0…n-1) sharing one password hash.
  const admin = (await payload.create({
    collection: SLUGS.users,
    data: { email: 'admin@bench.co', password: PASSWORD, name: 'Admin bench', role: ROLES.admin } as never,
    overrideAccess: true,
    context: { skipAudit: true },
  })) as User
  const firstBroker = (await payload.create({
    collection: SLUGS.users,
    data: { email: 'broker0@bench.co', password: PASSWORD, name: 'Broker 0', role: ROLES.broker, claves: [claveOf(0)] } as never,
    overrideAccess: true,
    context: { skipAudit: true },
  })) as User
  const brokerCount = Math.min(brokers, seeded.shape.claves)
  await db.execute(sql`
    INSERT INTO users (email, name, role, hash, salt)
    SELECT 'broker' || k || '@bench.co', 'Broker ' || k, 'intermediario', u.hash, u.salt
    FROM users u CROSS JOIN generate_series(1, ${brokerCount - 1}) k WHERE u.id = ${firstBroker.id}`)
  await db.execute(sql`
    INSERT INTO users_texts ("order", parent_id, path, text)
    SELECT 1, u.id, 'claves', (70000 + substring(u.email from 'broker(\\d+)@')::int)::text
    FROM users u WHERE u.email LIKE 'broker%@bench.co' AND u.id <> ${firstBroker.id}`)
  await db.execute(sql`ANALYZE users`)
  await db.execute(sql`ANALYZE users_texts`)
  const broker = (await payload.findByID({ collection: SLUGS.users, id: firstBroker.id, depth: 0, overrideAccess: true })) as User
  const reqOf = (user: User) => createLocalReq({ user: { ...user, collection: SLUGS.users } as never }, payload)

  const rows: BenchRow[] = []
  const query = ArrearsQuery.parse({ asOf: AS_OF, limit: 50 })
  const where = arrearsWhere({ ...query, asOf: AS_OF })

  // The same SELECT the list runs (page of 51 by (due date, id), with the holder) plus the GROUP BY of its totals.
  const referenceList = async (user: User) => {
    const scope = await scopeToSql(payload, user, SLUGS.policies, 'p')
    const filter = whereToSql(tableOf(payload, SLUGS.policies, 'p'), where)
    await db.execute(sql`
      SELECT p.id, p.number, p.line_of_business, p.type, p.plate, p.premium, p.cover_start, p.issue_date, p.payment_due_date,
             p.total_due, p.amount_paid, p.clave, p.branch_id, h.display_name, h.id_number
      FROM policies p JOIN parties h ON h.id = p.holder_id
      WHERE ${filter} AND ${scope} ORDER BY p.payment_due_date, p.id LIMIT 51`)
    await referenceTotals(user)
  }
  const referenceTotals = async (user: User) => {
    const scope = await scopeToSql(payload, user, SLUGS.policies, 'p')
    const filter = whereToSql(tableOf(payload, SLUGS.policies, 'p'), where)
    const days = sql`(${AS_OF}::date - (p.payment_due_date AT TIME ZONE ${BOGOTA})::date)`
    const bucket = sql`CASE ${sql.join(
      ARREARS_BUCKETS.map((b) => (b.max === null ? sql`WHEN ${days} >= ${b.min} THEN ${b.value}` : sql`WHEN ${days} BETWEEN ${b.min} AND ${b.max} THEN ${b.value}`)),
      sql` `,
    )} END`
    await db.execute(sql`
      SELECT p.branch_id, ${bucket} AS bucket, count(*), sum(GREATEST(0, p.total_due - COALESCE(p.amount_paid, 0)))
      FROM policies p WHERE ${filter} AND ${scope} GROUP BY 1, 2`)
  }

  const latency = async (workload: string, goal: string, goalMs: number, maxRatio: number | null, fn: () => Promise<unknown>, ref: (() => Promise<unknown>) | null, detail = '') => {
    log(`… ${workload}`)
    const { value: times, peakMB } = await withPeakRss(() => timeRuns(iterations, fn))
    const refTimes = ref ? await timeRuns(iterations, ref) : []
    const p95 = percentile(times, 95)
    const refP95 = percentile(refTimes, 95)
    // Two decimals: an app well under its reference (the rollup-read totals) would otherwise print 0.
    const ratio = p95 !== null && refP95 ? Math.round((p95 / refP95) * 100) / 100 : null
    rows.push({
      workload,
      goal,
      p50Ms: percentile(times, 50),
      p95Ms: p95,
      refP50Ms: percentile(refTimes, 50),
      refP95Ms: refP95,
      ratio,
      peakRssMB: peakMB,
      detail,
      met: p95 !== null && p95 <= goalMs && (maxRatio === null || (ratio !== null && ratio <= maxRatio)),
    })
  }

  // 1. Arrears list, broker and national (GET /api/arrears: first page and its totals).
  const brokerReq = await reqOf(broker)
  const adminReq = await reqOf(admin)
  const brokerPage = await findArrearsPage(brokerReq, query)
  const nationalPage = await findArrearsPage(adminReq, query)
  await latency('arrears list, broker (page 1 + totals)', 'p95 ≤ 100 ms and ≤ 3× SQL', 100, 3, () => findArrearsPage(brokerReq, query), () => referenceList(broker), `${brokerPage.totalDocs} rows in arrears`)
  await latency('arrears list, national (page 1 + totals)', 'p95 ≤ 100 ms and ≤ 3× SQL', 100, 3, () => findArrearsPage(adminReq, query), () => referenceList(admin), `${nationalPage.totalDocs} rows in arrears`)
  // A deep page by keyset: the cursor of page 1 000 costs what page 2 costs.
  await latency('arrears list, national, page after a cursor', 'p95 ≤ 100 ms', 100, null, () => findArrearsPage(adminReq, { ...query, after: { key: nationalPage.rows.at(-1)?.paymentDueDate ?? null, id: nationalPage.rows.at(-1)?.policyId ?? 0 } }), null)

  // 2. Arrears totals / admin home.
  await latency('arrears totals / admin home (national)', 'p95 ≤ 150 ms', 150, null, () => arrearsDashboard(adminReq, AS_OF), () => referenceTotals(admin))

  // 3. Arrears Excel of the national portfolio, through the REST route handler.
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { token: adminToken } = await payload.login({ collection: SLUGS.users, data: { email: 'admin@bench.co', password: PASSWORD } })
  const get = (path: string, token: string) =>
    REST_GET(config as never)(new Request(`http://localhost/api${path}`, { headers: { Authorization: `JWT ${token}` } }), {
      params: Promise.resolve({ slug: path.split('?')[0]!.split('/').filter(Boolean) }),
    })
  log('… arrears Excel')
  global.gc?.()
  const exported = await withPeakRss(async () => {
    const t = performance.now()
    const res = await get(`/arrears/export.xlsx?asOf=${AS_OF}`, adminToken!)
    if (res.status !== 200) throw new Error(`export: ${res.status} ${await res.text()}`)
    let bytes = 0
    const reader = res.body!.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      bytes += value.length
    }
    return { ms: performance.now() - t, bytes }
  })
  const refExport = performance.now()
  const exportScope = await scopeToSql(payload, admin, SLUGS.policies, 'p')
  const exportFilter = whereToSql(tableOf(payload, SLUGS.policies, 'p'), where)
  const exportRows = await db.execute(sql`
    SELECT p.*, h.display_name, h.id_number FROM policies p JOIN parties h ON h.id = p.holder_id WHERE ${exportFilter} AND ${exportScope} ORDER BY p.id`)
  const refExportMs = performance.now() - refExport
  rows.push({
    workload: 'arrears Excel (national)',
    goal: '≤ 8 s for 100k rows, peak RSS ≤ 400 MB',
    p50Ms: round(exported.value.ms),
    p95Ms: round(exported.value.ms),
    refP50Ms: round(refExportMs),
    refP95Ms: round(refExportMs),
    ratio: round(exported.value.ms / refExportMs),
    peakRssMB: exported.peakMB,
    detail: `${exportRows.rows.length} rows, ${mb(exported.value.bytes)} MB; reference: SELECT of the same joined rows (COPY is not available through the pool driver)`,
    met: exported.value.ms <= (8000 * Math.max(exportRows.rows.length, 1)) / 100_000 && exported.peakMB <= 400,
  })

  // 4. Daily sweep over the portfolio's open cases (docs/benchmarks-sweep.md).
  log('… daily sweep')
  rows.push(await sweepRow(payload, seeded.shape.cases))

  // 5. Concurrent brokers: each its own token, alternating a policy lookup and its arrears list.
  log('… concurrent brokers')
  const tokens: string[] = []
  for (let k = 0; k < brokerCount; k++) {
    const { token } = await payload.login({ collection: SLUGS.users, data: { email: `broker${k}@bench.co`, password: PASSWORD } })
    tokens.push(token!)
  }
  // Over real sockets: the REST handlers served by tests/int/helpers/apiServer.ts in a child process on this database.
  const server = await startApiServer(process.env.DATABASE_URL!)
  let concurrent
  try {
    concurrent = await withPeakRss(() =>
      runConcurrentBrokers({
        base: server.base,
        // Broker k's clave holds policy k (generatePortfolio: policy g is on clave (g % holders) % claves).
        brokers: tokens.map((token, k) => ({ token, lookupPath: `/api/policies?where[number][equals]=P${String(k).padStart(8, '0')}&depth=0&limit=1` })),
        listPath: `/api/arrears?asOf=${AS_OF}&limit=20`,
        seconds: concurrencySeconds,
      }),
    )
  } finally {
    await server.stop()
  }
  const c = concurrent.value
  rows.push({
    workload: `${brokerCount} concurrent brokers (lookup, arrears list)`,
    goal: '≥ 200 req/s, p95 ≤ 200 ms',
    p50Ms: c.p50Ms,
    p95Ms: c.p95Ms,
    refP50Ms: null,
    refP95Ms: null,
    ratio: null,
    peakRssMB: concurrent.peakMB,
    detail: `${c.reqPerSecond} req/s over ${round(c.seconds)} s, ${c.requests} requests, ${c.non2xx} non-2xx, ${c.errors} errors; autocannon over HTTP, ${brokerCount} connections (RSS is the bench process's, not the server's)`,
    met: c.non2xx === 0 && c.errors === 0 && c.reqPerSecond >= 200 && c.p95Ms !== null && c.p95Ms <= 200,
  })

  // 6. Admin list of policies: first page (default sort) and a search, as the admin's list view asks.
  const listFirst = () => payload.find({ collection: SLUGS.policies, sort: '-issueDate', limit: 10, page: 1, depth: 0, overrideAccess: false, user: admin, req: adminReq })
  const search = 'P000123'
  const listSearch = () =>
    payload.find({
      collection: SLUGS.policies,
      // What the list's search box asks (listSearchableFields: the folded, trigram-indexed searchText).
      where: { or: [{ searchText: { like: search } }] },
      sort: '-issueDate',
      limit: 10,
      page: 1,
      depth: 0,
      overrideAccess: false,
      user: admin,
      req: adminReq,
    })
  await latency('admin list of policies, first page', 'p95 ≤ 300 ms', 300, null, listFirst, async () => {
    await db.execute(sql`SELECT count(*) FROM policies`)
    await db.execute(sql`SELECT * FROM policies ORDER BY issue_date DESC LIMIT 10`)
  })
  await latency('admin list of policies, search', 'p95 ≤ 300 ms', 300, null, listSearch, async () => {
    const like = `%${search.toLowerCase()}%`
    await db.execute(sql`SELECT count(*) FROM policies WHERE search_text ILIKE ${like}`)
    await db.execute(sql`SELECT * FROM policies WHERE search_text ILIKE ${like} ORDER BY issue_date DESC LIMIT 10`)
  })

  return { shape: seeded.shape, seedSeconds: round(seeded.seedSeconds), rows }
}

/**
 * The daily sweep (issue 13: 100k open cases, 2 000 automatic writes, ≤ 30 s), scaled to the
 * portfolio's open cases: the first run of the day, then a second run the same day (which writes
 * nothing), next to the raw-SQL reference (every open case's flag in one UPDATE and the digest
 * SELECT, rolled back). The goal scales with the number of cases.
 */
export const sweepRow = async (payload: Payload, cases: number): Promise<BenchRow> => {
  const shape = sweepShape(cases)
  await setSweepSettings(payload)
  const fixtures = await prepareSweepFixtures(drizzleOf(payload), shape)
  const referenceMs = await sweepReference(payload)
  const first = await withPeakRss(() => runSweepJob(payload))
  const second = await runSweepJob(payload)
  const goalMs = (30_000 * cases) / 100_000
  return {
    workload: 'daily sweep, 100k open cases, 2 000 moves',
    goal: '≤ 30 s for 100k cases and 2 000 writes',
    p50Ms: round(first.value.ms),
    p95Ms: round(first.value.ms),
    refP50Ms: round(referenceMs),
    refP95Ms: round(referenceMs),
    ratio: round(first.value.ms / referenceMs),
    peakRssMB: first.peakMB,
    detail: `${cases} open cases; first run: ${sweepSummary(first.value.report)}; second run the same day ${round(second.ms / 1000)} s (${second.report.casesMoved.length} moves); fixtures ${round(fixtures.seconds)} s`,
    met: first.value.ms <= goalMs && first.value.report.errors.length === 0,
  }
}

const cell = (v: number | null) => (v === null ? '—' : String(v))

/** The results as a Markdown table (what the CLI prints and the README shows). */
export const benchTable = (rows: BenchRow[]) =>
  [
    '| workload | p50 ms | p95 ms | SQL p50 ms | SQL p95 ms | ratio p95 | peak RSS MB | goal | met | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
    ...rows.map((r) => `| ${r.workload} | ${cell(r.p50Ms)} | ${cell(r.p95Ms)} | ${cell(r.refP50Ms)} | ${cell(r.refP95Ms)} | ${cell(r.ratio)} | ${cell(r.peakRssMB)} | ${r.goal} | ${r.met === null ? '—' : r.met ? 'yes' : 'no'} | ${r.detail} |`),
  ].join('\n')
