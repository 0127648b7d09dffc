import type { CollectionAfterOperationHook } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { SLUGS } from '@/constants/slugs'
import { appOrigin } from '@/email/appOrigin'
import { queueEmail } from '@/email/queueEmail'
import type { User } from '@/payload-types'

/** Payload's default life of a reset token (auth.forgotPassword.expiration). */
const DEFAULT_RESET_EXPIRATION_MS = 60 * 60_000

/**
 * R-NOT-03: the reset link Payload's forgot-password made (its result is the token) is queued as
 * an `email-messages` row, in the same transaction as the token, and delivered by the mail queue.
 * Payload returns before this hook when the e-mail matches no user, so no mail tells who exists.
 */
export const queuePasswordResetMail: CollectionAfterOperationHook<'users'> = async ({ args, operation, req, result, collection }) => {
  if (operation !== 'forgotPassword' || !req.context.passwordResetMail || typeof result !== 'string') return result
  const email = String((args.data as { email?: unknown } | undefined)?.email ?? '').trim().toLowerCase()
  const user = (await req.payload.db.findOne({ collection: SLUGS.users, where: { email: { equals: email } }, req })) as User | null
  if (!user) return result
  const { config } = req.payload
  const resetUrl = formatAdminURL({ adminRoute: config.routes.admin, path: `${config.admin.routes.reset}/${result}`, serverURL: appOrigin() })
  const expiration = collection.auth?.forgotPassword?.expiration ?? DEFAULT_RESET_EXPIRATION_MS
  await queueEmail({
    req,
    template: 'passwordReset',
    data: { name: user.name, resetUrl, validMinutes: Math.round(expiration / 60_000) },
    to: user.email,
    cause: { collection: SLUGS.users, id: user.id },
  })
  return result
}
