import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Raw SQL on the test app's own pool. */
export const executeSql = (payload: Payload, query: unknown) =>
  (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }).drizzle.execute(query)

/**
 * The rows where the arrears rollup (its totals plus the deltas not yet folded in) and the GROUP BY of the unpaid policies it stands for disagree,
 * read in one statement so both sides see the same snapshot while other tests write. Empty when the
 * rollup is exact.
 */
export const arrearsRollupDrift = async (payload: Payload) => {
  const { rows } = await executeSql(
    payload,
    sql`
    WITH truth AS (
      SELECT branch_id, line_of_business::text AS line_of_business, (payment_due_date AT TIME ZONE 'America/Bogota')::date AS due_day,
             COUNT(*)::int AS policies, SUM(GREATEST(0, COALESCE(total_due, 0) - COALESCE(amount_paid, 0)))::bigint AS pending
      FROM policies
      WHERE payment_status IN ('PENDIENTE', 'PARCIAL') AND payment_due_date IS NOT NULL
      GROUP BY 1, 2, 3
    ), kept AS (
      SELECT branch_id, line_of_business, due_day, SUM(policies)::int AS policies, SUM(pending)::bigint AS pending
      FROM (SELECT * FROM arrears_rollup UNION ALL SELECT * FROM arrears_rollup_delta) r
      GROUP BY 1, 2, 3
      HAVING SUM(policies) <> 0 OR SUM(pending) <> 0
    )
    SELECT COALESCE(t.branch_id, k.branch_id) AS branch, COALESCE(t.line_of_business, k.line_of_business) AS line,
           COALESCE(t.due_day, k.due_day)::text AS day, t.policies AS "truePolicies", k.policies AS "keptPolicies",
           t.pending::text AS "truePending", k.pending::text AS "keptPending"
    FROM truth t
    FULL JOIN kept k ON t.branch_id IS NOT DISTINCT FROM k.branch_id AND t.line_of_business = k.line_of_business AND t.due_day = k.due_day
    WHERE t.policies IS DISTINCT FROM k.policies OR t.pending IS DISTINCT FROM k.pending`,
  )
  return rows
}

/** What the rollup holds: its folded groups and policies, and the delta rows waiting to be folded. */
export const arrearsRollupSize = async (payload: Payload) => {
  const { rows } = await executeSql(
    payload,
    sql`SELECT (SELECT COUNT(*) FROM arrears_rollup)::int AS groups,
               (SELECT COALESCE(SUM(policies), 0) FROM arrears_rollup)::int + (SELECT COALESCE(SUM(policies), 0) FROM arrears_rollup_delta)::int AS policies,
               (SELECT COUNT(*) FROM arrears_rollup_delta)::int AS deltas`,
  )
  return { groups: Number(rows[0]!.groups), policies: Number(rows[0]!.policies), deltas: Number(rows[0]!.deltas) }
}
