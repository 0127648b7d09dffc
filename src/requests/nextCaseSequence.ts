import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '@/db/transactionDb'

/**
 * R-REQ-06: the next sequence of `year`, taken inside the filing transaction. The upsert locks the
 * year's counter row until the transaction ends, so concurrent filings queue and each gets its own
 * number; a filing that rolls back gives its number back with it, so none is ever shown twice.
 */
export const nextCaseSequence = async (req: PayloadRequest, year: number): Promise<number> => {
  const db = await transactionDb(req)
  const { rows } = await db.execute(sql`
    INSERT INTO "case_number_counters" ("year", "last_number", "updated_at", "created_at")
    VALUES (${year}, 1, now(), now())
    ON CONFLICT ("year") DO UPDATE
      SET "last_number" = "case_number_counters"."last_number" + 1, "updated_at" = now()
    RETURNING "last_number"
  `)
  return Number(rows[0]!.last_number)
}
