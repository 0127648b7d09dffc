import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'

/**
 * A party is visible to a broker through the claves of its policies (R-ROL-02). The party keeps
 * that set denormalized so read access stays a plain `Where`; it is recomputed from the policies.
 */
export const recomputeHolderClaves = async (holderId: number | string, req: PayloadRequest) => {
  const { docs } = await req.payload.find({
    collection: SLUGS.policies,
    where: { holder: { equals: holderId } },
    select: { clave: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const claves = [...new Set(docs.map((p) => p.clave).filter(Boolean))].sort()
  await req.payload.update({
    collection: SLUGS.parties,
    id: holderId,
    data: { claves },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
