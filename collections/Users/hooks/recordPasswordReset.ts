import type { CollectionAfterOperationHook } from 'payload'

import { recordAuthEvent } from '../../../src/audit/recordAuthEvent'
import { clientAddress } from '../../../src/auth/clientAddress'

/** A password set through a reset link is in the audit trail (Payload writes it without afterChange). */
export const recordPasswordReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const user = (result as { user?: { id: number; email?: string | null } } | undefined)?.user
  if (user) {
    await recordAuthEvent(
      req.payload,
      { event: 'password_reset', account: { id: user.id, email: user.email }, detail: { ip: clientAddress(req.headers), api: req.payloadAPI } },
      req,
    )
  }
  return result
}
