import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '@/db/transactionDb'

/**
 * Takes the holders' rows for the rest of the transaction, before the policy row is written. Two
 * writes of policies of one holder then recompute its claves one after the other, the second seeing
 * the first's policy: without it each read the policies without the other's (a clave lost from the
 * holder, R-ROL-02) and they deadlocked — the policy insert's foreign-key check share-locks the
 * holder, and each then waited on the other's share lock to update it.
 */
export const lockHolders = async (req: PayloadRequest, holderIds: (number | string | undefined)[]) => {
  const ids = [...new Set(holderIds.filter((id): id is number | string => id !== undefined).map(Number))].sort((a, b) => a - b)
  if (ids.length === 0) return
  const db = await transactionDb(req)
  // In id order, so two writers touching the same two holders take them in the same order.
  await db.execute(sql`SELECT "id" FROM "parties" WHERE "id" IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) ORDER BY "id" FOR UPDATE`)
}
