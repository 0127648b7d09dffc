import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { transactionDb } from '@/db/transactionDb'

/**
 * Step "lock the legalization": concurrent confirmations of the same legalization queue on its row,
 * so the second one reads the first one's result (a replay or a 409), never a stale draft.
 */
export const lockLegalization = async (req: PayloadRequest, id: number) => {
  const db = await transactionDb(req)
  await db.execute(sql`SELECT "id" FROM "legalizations" WHERE "id" = ${id} FOR UPDATE`)
  return req.payload.findByID({ collection: SLUGS.legalizations, id, depth: 0, overrideAccess: true, req })
}
