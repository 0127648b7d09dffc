import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { transactionDb } from '@/db/transactionDb'

/** Step "lock the batch": two confirmations of one batch queue on its row; the second finds it confirmed (409). */
export const lockBatch = async (req: PayloadRequest, id: number) => {
  const db = await transactionDb(req)
  await db.execute(sql`SELECT "id" FROM "assignment_batches" WHERE "id" = ${id} FOR UPDATE`)
  return req.payload.findByID({ collection: SLUGS.assignmentBatches, id, depth: 0, overrideAccess: true, req })
}
