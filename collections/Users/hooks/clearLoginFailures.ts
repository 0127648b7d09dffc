import type { CollectionAfterLoginHook } from 'payload'

import type { User } from '@/payload-types'
import { authLimiters, authRateLimitSettings } from '@/auth/authRateLimits'

/**
 * A right password gives its point back: the limits count failures only, so people who sign in
 * often from one office address never reach them, and the owner clears its account's count.
 */
export const clearLoginFailures: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  const attempt = req.context.loginAttempt
  if (!attempt) return user
  const limiters = authLimiters(req.payload.db.pool)
  await limiters.loginByIp.reward(attempt.ip)
  await limiters.loginByIpAndAccount.delete(`${attempt.ip}|${attempt.email}`)
  await limiters.loginByAccount.delete(attempt.email)
  await limiters.knownAddresses.set(`${attempt.ip}|${attempt.email}`, 1, authRateLimitSettings().knownAddressSeconds)
  req.context.loginAttempt = undefined
  return user
}
