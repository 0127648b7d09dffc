import type { CollectionBeforeDeleteHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Policy } from '@/payload-types'
import { idOf } from '@/utilities/idOf'
import { lockHolders } from './lockHolders'

/** R-ROL-02: deleting a policy recomputes its holder's claves (syncHolderClavesAfterDelete): take the holder's row first. */
export const lockHolderBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Payload has already checked that this user may delete this policy; only its holder's id is read,
  // to lock that row, and nothing of it reaches the user.
  const policy = (await req.payload.findByID({ collection: SLUGS.policies, id, select: { holder: true }, depth: 0, overrideAccess: true, req })) as Policy
  await lockHolders(req, [idOf(policy.holder)])
}
