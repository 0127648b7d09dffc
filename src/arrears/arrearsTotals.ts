import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, Where } from 'payload'

import { accessToSql, readAccessOf, tableOf, whereToSql, type SQL } from '@/auth/scopeToSql'
import { SLUGS } from '@/constants/slugs'
import { transactionDb } from '@/db/transactionDb'
import { ARREARS_BUCKETS } from '@/rules/arrears'
import { BOGOTA as BOGOTA_TZ } from '@/rules/calendar/isoDate'
import { arrearsWhere, type ArrearsQuery } from './arrearsQuery'
import { rollupAnswers } from './rollupAnswers'

export type ArrearsTotals = {
  policies: number
  totalPending: number
  byBucket: Record<string, { policies: number; pending: number }>
  byBranch: Record<string, { policies: number; pending: number }>
}

/** R-CAR-01: what is still owed on a policy, the SQL twin of `pendingAmount`. */
const PENDING = sql`GREATEST(0, COALESCE(p."total_due", 0) - COALESCE(p."amount_paid", 0))`

/** R-CAR-01: a due date (an instant) as its Bogotá calendar day, as `daysPastDue` reads it. */
const DUE_DAY = sql`(p."payment_due_date" AT TIME ZONE ${BOGOTA_TZ})::date`

/**
 * R-CAR-02: the SQL twin of `arrearsBucket(daysPastDue(…))` — the bucket of the days from a due day
 * to `asOf`, built from ARREARS_BUCKETS so the limits are stated once.
 */
const bucketOf = (dueDay: SQL, asOf: string) => {
  const days = sql`(${asOf}::date - ${dueDay})`
  const cases = ARREARS_BUCKETS.map((b) =>
    b.max === null ? sql`WHEN ${days} >= ${b.min} THEN ${b.value}` : sql`WHEN ${days} BETWEEN ${b.min} AND ${b.max} THEN ${b.value}`,
  )
  return sql`CASE ${sql.join(cases, sql` `)} END`
}

/** R-CAR-03: the query's due-day window on the rollup, as `dueDateWindow` draws it on the due date. */
const rollupWindow = (q: TotalsQuery) => {
  const bucket = ARREARS_BUCKETS.find((b) => b.value === q.bucket)
  if (!bucket) return sql`r."due_day" < ${q.asOf}::date`
  const newest = sql`r."due_day" <= ${q.asOf}::date - ${bucket.min}::int`
  return bucket.max === null ? newest : sql`${newest} AND r."due_day" >= ${q.asOf}::date - ${bucket.max}::int`
}

type TotalsQuery = ArrearsQuery & { asOf: string }

/** The groups (branch, bucket) summed from the rollup kept per branch, line of business and due day, and the deltas not yet folded into it. */
const groupsFromRollup = (req: PayloadRequest, q: TotalsQuery, access: boolean | Where) => {
  const scope = accessToSql(tableOf(req.payload, SLUGS.policies, 'r'), access)
  const filters = [rollupWindow(q), scope]
  if (q.branch) filters.push(sql`r."branch_id" = ${q.branch}`)
  if (q.lineOfBusiness) filters.push(sql`r."line_of_business" = ${q.lineOfBusiness}`)
  return sql`
    SELECT r."branch_id" AS "branch", ${bucketOf(sql`r."due_day"`, q.asOf)} AS "bucket",
           SUM(r."policies")::int AS "policies", COALESCE(SUM(r."pending"), 0)::bigint AS "pending"
    FROM (
      SELECT "branch_id", "line_of_business", "due_day", "policies", "pending" FROM "arrears_rollup"
      UNION ALL
      SELECT "branch_id", "line_of_business", "due_day", "policies", "pending" FROM "arrears_rollup_delta"
    ) r
    WHERE ${sql.join(filters, sql` AND `)}
    GROUP BY 1, 2
    HAVING SUM(r."policies") > 0`
}

/** The groups (branch, bucket) over the policies themselves, for filters and scopes the rollup does not keep. */
const groupsFromPolicies = (req: PayloadRequest, q: TotalsQuery, access: boolean | Where) => {
  const scope = accessToSql(tableOf(req.payload, SLUGS.policies, 'p'), access)
  const filter = whereToSql(tableOf(req.payload, SLUGS.policies, 'p'), arrearsWhere(q))
  return sql`
    SELECT t."branch", t."bucket", COUNT(*)::int AS "policies", COALESCE(SUM(t."pending"), 0)::bigint AS "pending"
    FROM (
      SELECT p."branch_id" AS "branch", ${bucketOf(DUE_DAY, q.asOf)} AS "bucket", ${PENDING} AS "pending"
      FROM "policies" p
      WHERE ${filter} AND ${scope}
    ) t
    GROUP BY t."branch", t."bucket"`
}

/**
 * R-CAR-03: the total pending for the whole filter (not just the page) and its split by bucket and
 * by branch (the staff dashboard's figures), as ONE aggregate query over the user's own rows: the
 * user's read scope is the collection's own access rule (`readAccessOf`) turned into SQL, and
 * PostgreSQL groups by branch and bucket (at most branches × 5 rows come back). National and branch
 * staff with no cover-date, clave or text filter are answered from the arrears rollup (a few thousand
 * rows: see `rollupAnswers`); everyone else from their policies.
 */
export const arrearsTotals = async (req: PayloadRequest, q: TotalsQuery): Promise<ArrearsTotals> => {
  const access = await readAccessOf(req.payload, req.user, SLUGS.policies, req)
  const db = await transactionDb(req)
  const { rows } = await db.execute(rollupAnswers(q, access) ? groupsFromRollup(req, q, access) : groupsFromPolicies(req, q, access))
  const byBucket = Object.fromEntries(ARREARS_BUCKETS.map((b) => [b.value, { policies: 0, pending: 0 }]))
  const byBranch: ArrearsTotals['byBranch'] = {}
  let totalPending = 0
  let policies = 0
  for (const row of rows) {
    const count = Number(row.policies)
    const pending = Number(row.pending)
    totalPending += pending
    policies += count
    const branch = row.branch === null ? 'sin-sucursal' : String(row.branch)
    byBranch[branch] ??= { policies: 0, pending: 0 }
    byBranch[branch].policies += count
    byBranch[branch].pending += pending
    if (row.bucket !== null) {
      byBucket[String(row.bucket)]!.policies += count
      byBucket[String(row.bucket)]!.pending += pending
    }
  }
  return { policies, totalPending, byBucket, byBranch }
}
