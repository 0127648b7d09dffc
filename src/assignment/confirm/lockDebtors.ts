import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '@/db/transactionDb'
import type { BatchRow } from './types'

/** Step "lock the debtors", in id order (as every workflow locks), so a concurrent edit of their firm waits. */
export const lockDebtors = async (req: PayloadRequest, rows: readonly BatchRow[]) => {
  const ids = [...new Set(rows.map((r) => r.debtor))].sort((a, b) => a - b)
  if (ids.length === 0) return
  const db = await transactionDb(req)
  await db.execute(sql`SELECT "id" FROM "parties" WHERE "id" IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) ORDER BY "id" FOR UPDATE`)
}
