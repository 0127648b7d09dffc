import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { ProviderRegistry } from '@/payload-types'
import type { RegistryEntry } from '@/rules/payouts/registration'

export type FoundEntry = { doc: ProviderRegistry; entry: RegistryEntry }

/**
 * The registry entry of a NIT (base, no check digit), read as the system: the registration
 * endpoints are anonymous and show only what the rules let through. Null when the NIT is not there.
 */
export const findRegistryEntry = async (req: PayloadRequest, nit: string): Promise<FoundEntry | null> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.providerRegistry,
    where: { nit: { equals: nit } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    doc,
    entry: { nit: doc.nit, representativeId: doc.representativeId, habilitationCodes: doc.sites.map((s) => s.habilitationCode) },
  }
}
