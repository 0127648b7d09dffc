import type { CollectionBeforeOperationHook } from 'payload'

import { recordAuthEvent } from '@/audit/recordAuthEvent'
import { accountKey, authLimiters, consumeInOrder } from '@/auth/authRateLimits'
import { clientAddress } from '@/auth/clientAddress'
import { tooManyRequests } from '@/auth/tooManyRequests'

/** What the failed-login audit and the success hook need to know about this attempt. */
export type LoginAttempt = { email: string; ip: string; api: string }

/**
 * Rate limit of REST and GraphQL sign-in (both run Payload's login operation): per IP, per IP and
 * account, then per account, each counted before the password is checked and given back when it
 * was right (clearLoginFailures). The key is the typed e-mail, whether or not it exists, so a
 * limited unknown e-mail answers exactly like a known one. Local API logins are server code.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const email = accountKey(args.data?.email)
  const ip = clientAddress(req.headers)
  const attempt: LoginAttempt = { email, ip, api: req.payloadAPI }
  req.context.loginAttempt = attempt
  const limiters = authLimiters(req.payload.db.pool)
  // The account-wide limit stops a guess spread over many addresses; at an address where the
  // owner already signed in it would only lock the owner out, so it is not applied there.
  const knownAddress = (await limiters.knownAddresses.get(`${ip}|${email}`)) !== null
  const retryAfter = await consumeInOrder([
    [limiters.loginByIp, ip],
    [limiters.loginByIpAndAccount, `${ip}|${email}`],
    ...(knownAddress ? [] : [[limiters.loginByAccount, email] as [typeof limiters.loginByAccount, string]]),
  ])
  if (retryAfter === null) return args
  req.context.loginAttempt = undefined
  // Outside the request (no `req`): the refusal below must not take the entry with it.
  await recordAuthEvent(req.payload, { event: 'rate_limited', account: { email }, detail: { ip, api: req.payloadAPI, action: 'login', retryAfter } })
  throw tooManyRequests(req, retryAfter)
}
