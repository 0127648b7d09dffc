import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '@/db/transactionDb'
import type { UnassignedDebt } from '@/rules/assignment/proposeAssignments'
import { STAGES } from '@/rules/cases/stages'

/** A debt is a debtor's open cases: every stage but terminated and sent to the insolvency team. */
export const CLOSED_STAGES = [STAGES.terminated, STAGES.insolvency] as const

export type OpenDebt = UnassignedDebt & { debtorName: string; firm: number | null }

/**
 * Every debtor with open cases, with its open capital, oldest due date, case count, branch and
 * current firm (the debtor's), in one aggregate query: the batch reads the whole portfolio.
 */
export const loadOpenDebts = async (req: PayloadRequest): Promise<OpenDebt[]> => {
  const db = await transactionDb(req)
  const { rows } = await db.execute(sql`
    SELECT p."id" AS "debtor", p."display_name" AS "name", p."branch_id" AS "branch", p."assigned_firm_id" AS "firm",
           COALESCE(SUM(c."capital_total"), 0)::bigint AS "value",
           to_char(MIN(c."oldest_due_date") AT TIME ZONE 'America/Bogota', 'YYYY-MM-DD') AS "oldest",
           COUNT(*)::int AS "cases"
    FROM "cases" c JOIN "parties" p ON p."id" = c."debtor_id"
    WHERE c."stage"::text NOT IN (${sql.join(CLOSED_STAGES.map((s) => sql`${s}`), sql`, `)})
    GROUP BY p."id"
    ORDER BY p."id"`)
  return rows
    .filter((r) => r.oldest !== null)
    .map((r) => ({
      debtor: Number(r.debtor),
      debtorName: String(r.name ?? ''),
      branch: r.branch === null ? null : Number(r.branch),
      firm: r.firm === null ? null : Number(r.firm),
      value: Number(r.value),
      oldestDueDate: String(r.oldest),
      openCases: Number(r.cases),
    }))
}

/** Open debts each firm carries now. */
export const firmLoads = (debts: readonly OpenDebt[]): Map<string, number> => {
  const loads = new Map<string, number>()
  for (const d of debts) if (d.firm !== null) loads.set(String(d.firm), (loads.get(String(d.firm)) ?? 0) + 1)
  return loads
}
