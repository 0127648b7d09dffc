import type { CollectionBeforeChangeHook } from 'payload'

import type { Policy } from '@/payload-types'
import { idOf } from '@/utilities/idOf'
import { lockHolders } from './lockHolders'

/** R-ROL-02: a write that will recompute holders' claves (syncHolderClavesAfterChange) first takes their rows. */
export const lockHoldersBeforeChange: CollectionBeforeChangeHook<Policy> = async ({ data, operation, originalDoc, req }) => {
  if (req.context.skipClaveSync) return data
  const holder = idOf(data.holder ?? originalDoc?.holder)
  const previousHolder = idOf(originalDoc?.holder)
  const clave = data.clave ?? originalDoc?.clave
  if (operation === 'create' || clave !== originalDoc?.clave || holder !== previousHolder) await lockHolders(req, [holder, previousHolder])
  return data
}
