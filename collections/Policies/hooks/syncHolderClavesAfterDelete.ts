import type { CollectionAfterDeleteHook } from 'payload'

import { idOf } from '@/utilities/idOf'
import { recomputeHolderClaves } from './recomputeHolderClaves'

export const syncHolderClavesAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const holder = idOf(doc.holder)
  if (holder !== undefined) await recomputeHolderClaves(holder, req)
  return doc
}
