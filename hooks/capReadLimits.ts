import type { CollectionBeforeOperationHook } from 'payload'

import { capReadLimit } from '@/http/readLimits'

/**
 * Caps `limit`/`pagination` of reads asked over REST and GraphQL (their handlers leave
 * `overrideAccess` undefined; the Local API always sets it). Code that reads whole sets
 * in batches — the arrears export, the sweep, Payload's own relationship loader — goes
 * through the Local API and keeps its own paging.
 */
export const capReadLimits: CollectionBeforeOperationHook = ({ args, operation, overrideAccess }) => {
  if ((operation !== 'read' && operation !== 'readDistinct') || overrideAccess !== undefined) return args
  const capped = capReadLimit(args as { limit?: number; pagination?: boolean })
  return capped ? { ...args, ...capped } : args
}
