import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '@/db/transactionDb'

/**
 * Folds the arrears deltas written since the last run into the rollup's totals (the SQL function of
 * migration 20261202_020000_arrears_rollup, which serialises compactions itself); returns how many
 * totals it touched. Readers see the same figures before and after: it only keeps their reading short.
 */
export const compactArrearsRollup = async (req: PayloadRequest): Promise<number> => {
  const db = await transactionDb(req)
  const { rows } = await db.execute(sql`SELECT arrears_rollup_compact() AS "touched"`)
  return Number(rows[0]!.touched)
}
