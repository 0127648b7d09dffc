import type { CollectionAfterChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Payout } from '@/payload-types'

/** R-ROL-02: when a payout is moved to another provider, its crossed invoices follow (they carry the NIT the provider's read rule filters on). */
export const moveInvoicesWithNit: CollectionAfterChangeHook<Payout> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.nit === doc.nit) return doc
  await req.payload.update({
    collection: SLUGS.payoutInvoices,
    where: { payout: { equals: doc.id } },
    data: { nit: doc.nit },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return doc
}
