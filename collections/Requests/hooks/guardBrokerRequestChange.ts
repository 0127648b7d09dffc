import type { CollectionBeforeOperationHook } from 'payload'

import { checkRole } from '../../../access/checkRole'
import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import { assertBrokerRequestChange, assertBrokerUpdatesById } from '@/rules/requests/brokerRequestChange'
import { enforceRule } from '@/utilities/enforceRule'
import { targetIdOf } from '@/utilities/targetIdOf'

/**
 * R-REQ-07: an intermediary's update is judged on what it actually sent (before Payload fills in
 * the stored values): only new comments and documents, and the resubmission of a returned request.
 */
export const guardBrokerRequestChange: CollectionBeforeOperationHook<'requests'> = async ({ args, operation, req }) => {
  if (operation !== 'update' || args.overrideAccess || !checkRole(req.user, [ROLES.broker])) return args
  const id = targetIdOf(args)
  enforceRule(() => assertBrokerUpdatesById(id))
  const original = await req.payload.findByID({
    collection: SLUGS.requests,
    id: id!,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
  // Not found or not its own: the update operation answers 404/403 itself.
  if (!original) return args
  enforceRule(() =>
    assertBrokerRequestChange({
      original: original as unknown as Parameters<typeof assertBrokerRequestChange>[0]['original'],
      incoming: (args.data ?? {}) as Record<string, unknown>,
    }),
  )
  // Staff who merely opened the request in the admin hold Payload's edit lock for five minutes;
  // it must not answer the broker's allowed change with a 423 (R-REQ-07 resubmission).
  return { ...args, overrideLock: true }
}
