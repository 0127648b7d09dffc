import type { Access } from 'payload'

import { scopeWhere, type ScopePaths } from '@/rules/access/userScope'

/**
 * Read access of a scoped collection, given the paths where each scoped role finds its own rows:
 * national staff everything, branch staff their branch, external firms what is assigned to them,
 * brokers their claves, providers their NIT; editors and anonymous visitors nothing.
 */
export const rowsInUserScope =
  (paths: ScopePaths): Access =>
  ({ req: { user } }) =>
    scopeWhere(user, paths)
