import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * The stored row a write is about to change, read as the system (depth 0), so a guard can tell
 * what really changes; `{}` for a create or a bulk update by `where`.
 */
export const storedForComparison = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  operation: string,
  id: number | string | undefined,
): Promise<Record<string, unknown>> => {
  if (operation !== 'update' || id === undefined) return {}
  const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req, disableErrors: true })
  return (doc ?? {}) as Record<string, unknown>
}
