import type { CollectionAfterForgotPasswordHook } from 'payload'

import { recordAuthEvent } from '@/audit/recordAuthEvent'
import { SLUGS } from '@/constants/slugs'
import { clientAddress } from '@/auth/clientAddress'

/** A reset link sent to an existing user is in the audit trail (Payload skips this hook for unknown e-mails). */
export const recordPasswordResetRequest: CollectionAfterForgotPasswordHook = async ({ args }) => {
  const { req } = args
  const email = typeof args.data?.email === 'string' ? args.data.email.trim().toLowerCase() : ''
  const user: { id: number } | null = await req.payload.db.findOne({
    collection: SLUGS.users,
    where: { email: { equals: email } },
    req,
  })
  await recordAuthEvent(
    req.payload,
    {
      event: 'password_reset_requested',
      account: { id: user?.id ?? null, email },
      detail: { ip: clientAddress(req.headers), api: req.payloadAPI },
    },
    req,
  )
}
