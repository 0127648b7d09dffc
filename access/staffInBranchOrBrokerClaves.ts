import type { Access } from 'payload'

import { BROKER_RECORD_WORKER_ROLES, writeScopeWhere } from '@/rules/access/userScope'

/**
 * Who works a broker's record: the administrator and collections manager anywhere, branch staff in
 * their branch, the broker on its own claves (what it may change is narrowed by the collection's hooks).
 */
export const staffInBranchOrBrokerClaves =
  (paths: { branch: string; clave: string }): Access =>
  ({ req: { user } }) =>
    writeScopeWhere(user, BROKER_RECORD_WORKER_ROLES, paths)
