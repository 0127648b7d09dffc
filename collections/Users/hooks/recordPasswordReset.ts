import type { CollectionAfterOperationHook } from 'payload'

import type { User } from '@/payload-types'
import { recordAuthEvent } from '@/audit/recordAuthEvent'
import { clientAddress } from '@/auth/clientAddress'

/** A password set through a reset link is in the audit trail (Payload writes it without afterChange). */
export const recordPasswordReset: CollectionAfterOperationHook<'users'> = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  // Payload types the reset user as a plain record; it is a row of this collection.
  const user = result?.user as Pick<User, 'id' | 'email'> | undefined
  if (user) {
    await recordAuthEvent(
      req.payload,
      { event: 'password_reset', account: { id: user.id, email: user.email }, detail: { ip: clientAddress(req.headers), api: req.payloadAPI } },
      req,
    )
  }
  return result
}
