import { createHash } from 'crypto'

import { RuleViolation } from '@/rules/ruleViolation'

/** What a filed request remembers of the Idempotency-Key it was filed with. */
export type IdempotencyClaim = { key: string; fingerprint: string }

/** Stable JSON: the same object with its keys in another order gives the same text. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  }
  return value
}

/**
 * R-REQ-06: the claim of one filing. The key belongs to its user (two brokers may pick the same key);
 * the fingerprint of the body tells a retry from a different request sent with a reused key.
 */
export const idempotencyClaimOf = (userId: number | string, key: string, body: unknown): IdempotencyClaim => ({
  key: `${userId}:${key}`,
  fingerprint: createHash('sha256').update(JSON.stringify(canonical(body ?? {}))).digest('hex'),
})

/**
 * R-REQ-06: a request is filed once per Idempotency-Key. The same key with the same body is a retry
 * that gets the first request back ("replay"); the same key with another body is a conflict (409).
 */
export function decideRequestReplay(stored: { fingerprint?: string | null }, claim: IdempotencyClaim): 'replay' {
  if (stored.fingerprint === claim.fingerprint) return 'replay'
  throw new RuleViolation('R-REQ-06', 'Ese Idempotency-Key ya radicó otra solicitud con otros datos; use uno nuevo.', 409)
}
