import type { CollectionAfterLoginHook } from 'payload'

import { recordAuthEvent } from '../../../src/audit/recordAuthEvent'
import { clientAddress } from '../../../src/auth/clientAddress'

/** Every successful sign-in is in the audit trail, with the client address and the API used. */
export const recordLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordAuthEvent(
    req.payload,
    { event: 'login', account: { id: user.id, email: user.email }, detail: { ip: clientAddress(req.headers), api: req.payloadAPI } },
    req,
  )
  return user
}
