import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Payout } from '@/payload-types'
import { idOf } from '@/utilities/idOf'

/**
 * R-ROL-02: a payout carries the NIT of its provider, the path the provider's read rule filters on
 * (rowsInUserScope `nit`), copied from the registry so it can never disagree with it.
 */
export const stampProviderNit: CollectionBeforeChangeHook<Payout> = async ({ data, originalDoc, req }) => {
  const providerId = idOf(data.provider ?? originalDoc?.provider)
  if (providerId === undefined) return data
  const provider = await req.payload.findByID({
    collection: SLUGS.providerRegistry,
    id: providerId,
    depth: 0,
    select: { nit: true },
    overrideAccess: true,
    req,
  })
  return { ...data, nit: provider.nit }
}
