import type { AfterErrorHook } from 'payload'

import { recordAuthEvent } from '@/audit/recordAuthEvent'
import { SLUGS } from '@/constants/slugs'

/**
 * A refused sign-in (wrong e-mail or password, inactive user) over REST or GraphQL is in the audit
 * trail. Payload's login has no hook after a failure; the error handler of both APIs runs this
 * with the attempt noted by limitLoginAttempts. Rate-limited attempts are recorded there.
 */
export const recordFailedLogin: AfterErrorHook = async ({ error, req }) => {
  const attempt = req.context?.loginAttempt
  if (!attempt) return
  req.context.loginAttempt = undefined
  const cause = (error as { originalError?: unknown }).originalError ?? error
  const account: { id: number } | null = await req.payload.db.findOne({
    collection: SLUGS.users,
    where: { email: { equals: attempt.email } },
  })
  await recordAuthEvent(req.payload, {
    event: 'login_failed',
    account: { id: account?.id ?? null, email: attempt.email },
    detail: { ip: attempt.ip, api: attempt.api, reason: (cause as Error).name ?? 'Error' },
  })
}
