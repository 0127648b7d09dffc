import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { transactionDb } from '@/db/transactionDb'

/**
 * Step "lock the agreement": payments to the same agreement queue on its row, so each one reads
 * the instalments as the previous one left them (none is applied twice, none is lost).
 */
export const lockAgreement = async (req: PayloadRequest, id: number) => {
  const db = await transactionDb(req)
  await db.execute(sql`SELECT "id" FROM "agreements" WHERE "id" = ${id} FOR UPDATE`)
  return req.payload.findByID({ collection: SLUGS.agreements, id, depth: 0, overrideAccess: true, req })
}
