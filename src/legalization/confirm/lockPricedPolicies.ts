import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { transactionDb } from '@/db/transactionDb'
import type { Legalization } from '@/payload-types'
import { LEGALIZATION_FLOW } from '@/rules/legalization/legalizationOptions'
import { idOf } from '@/utilities/idOf'

/** The policies a legalization pays: those it lists (automatic flow) or the one its number names (manual flow). */
const pricedPolicyIds = async (req: PayloadRequest, legalization: Legalization): Promise<number[]> => {
  if (legalization.flow !== LEGALIZATION_FLOW.manual) {
    return (legalization.policies ?? []).map((p) => Number(idOf(p))).filter((id) => Number.isInteger(id))
  }
  const { docs } = await req.payload.find({
    collection: SLUGS.policies,
    where: { and: [{ number: { equals: String(legalization.manualPolicyNumber ?? '').trim() } }, { clave: { equals: legalization.clave } }] },
    select: { number: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((p) => p.id)
}

/**
 * Step "lock the policies", before pricing: two confirmations of different legalizations of the same
 * policy take turns, so the second prices what the first left due (R-LEG-05: money is applied once).
 * Rows are locked in id order, the same in every confirmation, so two of them never deadlock.
 */
export const lockPricedPolicies = async (req: PayloadRequest, legalization: Legalization) => {
  const ids = [...new Set(await pricedPolicyIds(req, legalization))].sort((a, b) => a - b)
  if (ids.length === 0) return
  const db = await transactionDb(req)
  await db.execute(
    sql`SELECT "id" FROM "policies" WHERE "id" IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}) ORDER BY "id" FOR UPDATE`,
  )
}
