import type { CollectionAfterChangeHook } from 'payload'

import { recordAuthEvent } from '@/audit/recordAuthEvent'
import type { User } from '@/payload-types'

/**
 * A password change leaves who changed whose password and when — never the password or its hash
 * (the generic change trail skips both, so without this entry the change left no trace).
 * checkPasswordChange noted the ids whose password this request changes.
 */
export const recordPasswordChange: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  const changed = req.context.passwordChangedIds
  if (operation !== 'update' || !changed?.includes(String(doc.id))) return doc
  req.context.passwordChangedIds = changed.filter((id) => id !== String(doc.id))
  await recordAuthEvent(
    req.payload,
    {
      event: 'password_changed',
      account: { id: doc.id, email: doc.email },
      actor: req.user ? { id: req.user.id, email: req.user.email } : null,
      detail: { api: req.payloadAPI, byAdministrator: req.user ? String(req.user.id) !== String(doc.id) : false },
    },
    req,
  )
  return doc
}
