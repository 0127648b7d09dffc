import type { CollectionAfterLoginHook } from 'payload'

import type { User } from '@/payload-types'
import { recordAuthEvent } from '@/audit/recordAuthEvent'
import { clientAddress } from '@/auth/clientAddress'

/** Every successful sign-in is in the audit trail, with the client address and the API used. */
export const recordLogin: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  await recordAuthEvent(
    req.payload,
    { event: 'login', account: { id: user.id, email: user.email }, detail: { ip: clientAddress(req.headers), api: req.payloadAPI } },
    req,
  )
  return user
}
