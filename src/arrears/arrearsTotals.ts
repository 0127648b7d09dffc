import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, Where } from 'payload'

import { scopeToSql, tableOf, whereToSql } from '@/auth/scopeToSql'
import { SLUGS } from '@/constants/slugs'
import { transactionDb } from '@/db/transactionDb'
import { ARREARS_BUCKETS } from '@/rules/arrears'
import { BOGOTA as BOGOTA_TZ } from '@/rules/calendar/isoDate'

export type ArrearsTotals = {
  policies: number
  totalPending: number
  byBucket: Record<string, { policies: number; pending: number }>
  byBranch: Record<string, { policies: number; pending: number }>
}

/**
 * R-CAR-01/02: the SQL twins of `pendingAmount` and `arrearsBucket(daysPastDue(…))` — what is still
 * owed, and the bucket of the days from the due date (a Bogotá calendar date) to `asOf`, built
 * from ARREARS_BUCKETS so the limits are stated once.
 */
const PENDING = sql`GREATEST(0, COALESCE(p."total_due", 0) - COALESCE(p."amount_paid", 0))`
const bucketOf = (asOf: string) => {
  const days = sql`(${asOf}::date - (p."payment_due_date" AT TIME ZONE ${BOGOTA_TZ})::date)`
  const cases = ARREARS_BUCKETS.map((b) =>
    b.max === null ? sql`WHEN ${days} >= ${b.min} THEN ${b.value}` : sql`WHEN ${days} BETWEEN ${b.min} AND ${b.max} THEN ${b.value}`,
  )
  return sql`CASE ${sql.join(cases, sql` `)} END`
}

/**
 * R-CAR-03: the total pending for the whole filter (not just the page) and its split by bucket and
 * by branch (the staff dashboard's figures), as ONE aggregate query over the user's own rows: the
 * filter `where` and the user's read scope (`scopeToSql`, the collection's own access rule) become
 * SQL, and PostgreSQL groups by branch and bucket (at most branches × 5 rows come back).
 */
export const arrearsTotals = async (req: PayloadRequest, where: Where, asOf: string): Promise<ArrearsTotals> => {
  const scope = await scopeToSql(req.payload, req.user, SLUGS.policies, 'p', req)
  const filter = whereToSql(tableOf(req.payload, SLUGS.policies, 'p'), where)
  const db = await transactionDb(req)
  const { rows } = await db.execute(sql`
    SELECT t."branch", t."bucket", COUNT(*)::int AS "policies", COALESCE(SUM(t."pending"), 0)::bigint AS "pending"
    FROM (
      SELECT p."branch_id" AS "branch", ${bucketOf(asOf)} AS "bucket", ${PENDING} AS "pending"
      FROM "policies" p
      WHERE ${filter} AND ${scope}
    ) t
    GROUP BY t."branch", t."bucket"`)
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
