import type { CollectionBeforeChangeHook } from 'payload'

import { claimIn } from '@/requests/requestIdempotency'
import type { Request } from '@/payload-types'

/**
 * R-REQ-06: the new request keeps its Idempotency-Key claim. The column is unique, so of two
 * concurrent filings with the same key only one is written; the other fails and is replayed.
 */
export const stampIdempotencyKey: CollectionBeforeChangeHook<Request> = ({ data, operation, req }) => {
  const claim = claimIn(req)
  if (operation !== 'create' || !claim) return data
  return { ...data, idempotencyKey: claim.key, idempotencyFingerprint: claim.fingerprint }
}
