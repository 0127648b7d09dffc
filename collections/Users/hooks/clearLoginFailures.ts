import type { CollectionAfterLoginHook } from 'payload'
import type { Pool } from 'pg'

import { authLimiters, authRateLimitSettings } from '../../../src/auth/authRateLimits'
import type { LoginAttempt } from './limitLoginAttempts'

/**
 * A right password gives its point back: the limits count failures only, so people who sign in
 * often from one office address never reach them, and the owner clears its account's count.
 */
export const clearLoginFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  const attempt = req.context.loginAttempt as LoginAttempt | undefined
  if (!attempt) return user
  const limiters = authLimiters((req.payload.db as unknown as { pool: Pool }).pool)
  await limiters.loginByIp.reward(attempt.ip)
  await limiters.loginByIpAndAccount.delete(`${attempt.ip}|${attempt.email}`)
  await limiters.loginByAccount.delete(attempt.email)
  await limiters.knownAddresses.set(`${attempt.ip}|${attempt.email}`, 1, authRateLimitSettings().knownAddressSeconds)
  req.context.loginAttempt = undefined
  return user
}
