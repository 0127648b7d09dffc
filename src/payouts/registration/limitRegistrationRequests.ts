import type { PayloadRequest } from 'payload'
import type { RateLimiterPostgres } from 'rate-limiter-flexible'

import { recordAuthEvent } from '@/audit/recordAuthEvent'
import { authLimiters, consumeInOrder } from '@/auth/authRateLimits'
import { clientAddress } from '@/auth/clientAddress'
import { tooManyRequests } from '@/auth/tooManyRequests'

/**
 * Rate limit of the anonymous registration steps (SEC-RATE): every request counts per address, and
 * the steps that check a representative's ID also count per NIT, from every address, so that the
 * answer "the ID is right" cannot be used to guess it. Counted before the input is checked, so a
 * refused guess costs as much as a good one.
 */
export const limitRegistrationRequests = async (req: PayloadRequest, typedNit?: string): Promise<void> => {
  // "900123456-7" and "900.123.456" are one NIT: the key is its digits before the check digit.
  const nit = typedNit?.split('-')[0]!.replace(/\D/g, '')
  const ip = clientAddress(req.headers)
  const limiters = authLimiters(req.payload.db.pool)
  const steps: [RateLimiterPostgres, string][] = [[limiters.registrationByIp, ip]]
  if (nit) steps.push([limiters.registrationByNit, nit])
  const retryAfter = await consumeInOrder(steps)
  if (retryAfter === null) return
  // Outside the request's transaction, which the refusal rolls back.
  await recordAuthEvent(req.payload, { event: 'rate_limited', account: {}, detail: { ip, nit, action: 'providerRegistration', retryAfter } })
  throw tooManyRequests(req, retryAfter)
}
