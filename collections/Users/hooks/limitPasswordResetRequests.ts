import type { CollectionBeforeOperationHook } from 'payload'

import { recordAuthEvent } from '@/audit/recordAuthEvent'
import { accountKey, authLimiters, consumeInOrder } from '@/auth/authRateLimits'
import { clientAddress } from '@/auth/clientAddress'
import { tooManyRequests } from '@/auth/tooManyRequests'

/**
 * Rate limit of "forgot password" over REST and GraphQL: each request sends mail, so each counts,
 * per IP and per typed e-mail (existing or not: the answer never tells which e-mails exist).
 */
export const limitPasswordResetRequests: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword' || req.payloadAPI === 'local') return args
  const email = accountKey(args.data?.email)
  const ip = clientAddress(req.headers)
  const limiters = authLimiters(req.payload.db.pool)
  const retryAfter = await consumeInOrder([
    [limiters.forgotByIp, ip],
    [limiters.forgotByAccount, email],
  ])
  if (retryAfter === null) return args
  // Outside the request's transaction, which the refusal rolls back.
  await recordAuthEvent(req.payload, { event: 'rate_limited', account: { email }, detail: { ip, api: req.payloadAPI, action: 'forgotPassword', retryAfter } })
  throw tooManyRequests(req, retryAfter)
}
