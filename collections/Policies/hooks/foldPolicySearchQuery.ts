import type { CollectionBeforeOperationHook, Where } from 'payload'

import { foldSearchTextWhere } from '@/rules/arrearsSearch'

/** R-CAR-03: the list's search box (and any API query) on `searchText` is folded as the stored text is. */
export const foldPolicySearchQuery: CollectionBeforeOperationHook = ({ args, operation }) => {
  const where = (args as { where?: Where }).where
  if (!where || !['read', 'count', 'readDistinct'].includes(operation)) return args
  return { ...args, where: foldSearchTextWhere(where) }
}
