import type { Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'

/**
 * R-NOT-02: the file URLs of the acts that notices carry, read as an anonymous visitor (only the act
 * of a published notice comes back, access/documentsInUserScope.ts). The upload's `url` is computed
 * from its `filename` when read, so both are selected: with `url` alone it comes back empty.
 */
export const publicActUrls = async (payload: Payload, documentIds: readonly number[]): Promise<Map<number, string>> => {
  const ids = [...new Set(documentIds)]
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: SLUGS.documents,
    where: { id: { in: ids } },
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { filename: true, url: true },
  })
  return new Map(docs.filter((d) => d.url).map((d) => [d.id, d.url!]))
}
