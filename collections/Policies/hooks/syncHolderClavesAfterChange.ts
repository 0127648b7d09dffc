import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/utilities/idOf'
import { recomputeHolderClaves } from './recomputeHolderClaves'

/** When a policy's clave or holder changes, the holders' claves follow (see recomputeHolderClaves). */
export const syncHolderClavesAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context.skipClaveSync) return doc
  const holder = idOf(doc.holder)
  const previousHolder = idOf(previousDoc?.holder)
  const changed = doc.clave !== previousDoc?.clave || holder !== previousHolder
  if (!changed) return doc
  if (holder !== undefined) await recomputeHolderClaves(holder, req)
  if (previousHolder !== undefined && previousHolder !== holder) await recomputeHolderClaves(previousHolder, req)
  return doc
}
