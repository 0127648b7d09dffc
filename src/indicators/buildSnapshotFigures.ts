import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '@/db/transactionDb'
import { ARREARS_BUCKETS, type ArrearsBucket } from '@/rules/arrears'
import { AGREEMENT_STATUSES } from '@/rules/agreements/statuses'
import {
  AGREEMENT_STANDING,
  CASE_AGE_BUCKETS,
  TRANSITION_TARGETS,
  periodBounds,
  previousPeriod,
  type AgreementRow,
  type CaseRow,
  type PortfolioRow,
  type RecoveryRow,
  type SnapshotFigures,
  type TransitionRow,
} from '@/rules/indicators'
import { POLICY_PAYMENT_STATUS } from '@/rules/policyStatuses'

/**
 * One policy in arrears at the cut-off. Stored as an object: a JSON array of arrays written through
 * Payload comes back as objects keyed "0", "1"…, which `->>` with an index does not read.
 */
export type PolicyState = { id: number; branch: number | null; lob: string; bucket: ArrearsBucket; amount: number }

/** The figures of a snapshot plus the per-policy states the next month's roll rates start from. */
export type BuiltSnapshot = SnapshotFigures & { cutOff: string; policyStates: PolicyState[] }

const TZ = 'America/Bogota'

/** `CASE` over a days expression, from a list of { value, min, max } (R-CAR-02 buckets, case ages): constants only. */
const bucketCase = (days: string, buckets: readonly { value: string; min: number; max: number | null }[]) =>
  sql.raw(
    `CASE ${buckets.map((b) => `WHEN ${days} >= ${b.min}${b.max === null ? '' : ` AND ${days} <= ${b.max}`} THEN '${b.value}'`).join(' ')} END`,
  )

const quoted = (values: readonly string[]) => sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '))

const num = (v: unknown) => Number(v ?? 0)
const branchOf = (v: unknown) => (v === null || v === undefined ? null : Number(v))

/**
 * Every policy's standing at the cut-off (R-CAR-01/02): pending pesos, days past due counted to the
 * cut-off in Bogotá, and its bucket when it is unpaid and past due. Balances are the policies' as
 * they stand when the snapshot is taken (the month-end job takes it on the last day).
 */
const policyStandings = (cutOff: string) => sql`
  SELECT id, branch, lob, pending, pay,
    CASE WHEN pending > 0 AND pay IN (${quoted([POLICY_PAYMENT_STATUS.pending, POLICY_PAYMENT_STATUS.partial])}) AND days >= 1
      THEN ${bucketCase('days', ARREARS_BUCKETS)} END AS bucket
  FROM (
    SELECT p.id, p.branch_id AS branch, p.line_of_business::text AS lob, p.payment_status::text AS pay,
      GREATEST(0, p.total_due - COALESCE(p.amount_paid, 0))::bigint AS pending,
      (${cutOff}::date - (p.payment_due_date AT TIME ZONE ${TZ})::date) AS days
    FROM policies p
  ) AS standing`

/**
 * 001 §7.2.1 item 3: the month's figures, computed set-based in PostgreSQL in the request's
 * transaction — arrears by branch × line of business × bucket, the roll of last month's policies
 * (from the previous snapshot's per-policy states), cases by stage and age, agreements met vs in
 * default, and payments received in the month.
 */
export const buildSnapshotFigures = async (req: PayloadRequest, period: string): Promise<BuiltSnapshot> => {
  const db = await transactionDb(req)
  const { from, to: cutOff } = periodBounds(period)

  const portfolio = await db.execute(sql`
    WITH state AS (${policyStandings(cutOff)})
    SELECT branch, lob, bucket, count(*) AS policies, COALESCE(sum(pending), 0) AS amount
    FROM state WHERE bucket IS NOT NULL GROUP BY branch, lob, bucket ORDER BY branch, lob, bucket`)

  const states = await db.execute(sql`
    WITH state AS (${policyStandings(cutOff)})
    SELECT COALESCE(jsonb_agg(jsonb_build_object('id', id, 'branch', branch, 'lob', lob, 'bucket', bucket, 'amount', pending) ORDER BY id), '[]'::jsonb) AS states
    FROM state WHERE bucket IS NOT NULL`)

  const transitions = await db.execute(sql`
    WITH state AS (${policyStandings(cutOff)}),
    prev AS (
      SELECT (el.state->>'id')::int AS id, (el.state->>'branch')::int AS branch, el.state->>'lob' AS lob, el.state->>'bucket' AS bucket, (el.state->>'amount')::bigint AS amount
      FROM indicator_snapshots s CROSS JOIN LATERAL jsonb_array_elements(s.policy_states) AS el(state)
      WHERE s.period = ${previousPeriod(period)} AND jsonb_typeof(s.policy_states) = 'array'
    )
    SELECT prev.branch, prev.lob, prev.bucket AS "from",
      CASE WHEN st.id IS NULL THEN ${TRANSITION_TARGETS.values.gone}
           WHEN st.bucket IS NOT NULL THEN st.bucket
           WHEN st.pending <= 0 OR st.pay = ${POLICY_PAYMENT_STATUS.paid} THEN ${TRANSITION_TARGETS.values.paid}
           ELSE ${TRANSITION_TARGETS.values.current} END AS "to",
      count(*) AS policies, COALESCE(sum(prev.amount), 0) AS amount
    FROM prev LEFT JOIN state st ON st.id = prev.id
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`)

  const cases = await db.execute(sql`
    SELECT branch, stage, ${bucketCase('GREATEST(days, 0)', CASE_AGE_BUCKETS)} AS age, count(*) AS cases, COALESCE(sum(capital), 0) AS capital
    FROM (
      SELECT c.branch_id AS branch, c.stage::text AS stage, COALESCE(c.capital_total, 0) AS capital,
        (${cutOff}::date - (COALESCE(c.oldest_due_date, c.created_at) AT TIME ZONE ${TZ})::date) AS days
      FROM cases c WHERE (c.created_at AT TIME ZONE ${TZ})::date <= ${cutOff}::date
    ) AS aged
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`)

  const agreements = await db.execute(sql`
    SELECT branch_id AS branch,
      CASE WHEN status::text = ${AGREEMENT_STATUSES.approved} THEN ${AGREEMENT_STANDING.values.met} ELSE ${AGREEMENT_STANDING.values.default} END AS standing,
      count(*) AS agreements
    FROM agreements
    WHERE status::text IN (${quoted([AGREEMENT_STATUSES.approved, AGREEMENT_STATUSES.inDemand, AGREEMENT_STATUSES.void])})
    GROUP BY 1, 2 ORDER BY 1, 2`)

  const recovery = await db.execute(sql`
    SELECT branch_id AS branch, count(*) AS payments, COALESCE(sum(amount), 0) AS amount
    FROM payments
    WHERE (paid_on AT TIME ZONE ${TZ})::date BETWEEN ${from}::date AND ${cutOff}::date
    GROUP BY 1 ORDER BY 1`)

  return {
    period,
    cutOff,
    portfolio: portfolio.rows.map(
      (r): PortfolioRow => ({ branch: branchOf(r.branch), lineOfBusiness: String(r.lob), bucket: r.bucket as ArrearsBucket, policies: num(r.policies), amount: num(r.amount) }),
    ),
    transitions: transitions.rows.map(
      (r): TransitionRow => ({
        branch: branchOf(r.branch),
        lineOfBusiness: String(r.lob),
        from: r.from as ArrearsBucket,
        to: r.to as TransitionRow['to'],
        policies: num(r.policies),
        amount: num(r.amount),
      }),
    ),
    cases: cases.rows.map(
      (r): CaseRow => ({ branch: branchOf(r.branch), stage: String(r.stage), age: r.age as CaseRow['age'], cases: num(r.cases), capital: num(r.capital) }),
    ),
    agreements: agreements.rows.map(
      (r): AgreementRow => ({ branch: branchOf(r.branch), standing: r.standing as AgreementRow['standing'], agreements: num(r.agreements) }),
    ),
    recovery: recovery.rows.map((r): RecoveryRow => ({ branch: branchOf(r.branch), payments: num(r.payments), amount: num(r.amount) })),
    policyStates: ((states.rows[0]?.states ?? []) as Record<string, unknown>[]).map(
      (s): PolicyState => ({ id: Number(s.id), branch: branchOf(s.branch), lob: String(s.lob), bucket: s.bucket as ArrearsBucket, amount: Number(s.amount) }),
    ),
  }
}
