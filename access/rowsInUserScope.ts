import type { Access, Where } from 'payload'

import { BRANCH_ROLES, NATIONAL_ROLES, ROLES } from '../src/auth/roles'
import { idOf } from '../src/utilities/idOf'
import { checkRole } from './checkRole'
import { NO_ROWS as NOTHING } from './noRows'

/** Where each scoped role finds "its own" rows in a collection; a missing path means "none". */
export type ScopePaths = {
  branch?: string
  clave?: string
  firm?: string
  nit?: string
  /** Where the identification type sits beside `nit`: a cédula with the same digits is not the provider. */
  nitType?: string
}

const NIT_ID_TYPES = ['NIT', 'NIT_EXT']

/**
 * Read access as a `Where`, so the same rule holds for REST, GraphQL and the Local API:
 * national staff see everything, branch staff their branch, external firms what is assigned
 * to them, brokers their claves, providers their NIT; editors and anonymous visitors nothing.
 */
export const rowsInUserScope =
  (paths: ScopePaths): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (checkRole(user, NATIONAL_ROLES)) return true

    if (checkRole(user, BRANCH_ROLES)) {
      const branch = idOf(user.branch)
      return paths.branch && branch !== undefined ? { [paths.branch]: { equals: branch } } : NOTHING
    }
    if (checkRole(user, [ROLES.externalFirm])) {
      return paths.firm ? { [paths.firm]: { equals: user.id } } : NOTHING
    }
    if (checkRole(user, [ROLES.broker])) {
      const claves = user.claves ?? []
      return paths.clave && claves.length > 0 ? { [paths.clave]: { in: claves } } : NOTHING
    }
    if (checkRole(user, [ROLES.provider])) {
      if (!paths.nit || !user.nit) return NOTHING
      const ownNit: Where = { [paths.nit]: { equals: user.nit } }
      return paths.nitType ? { and: [ownNit, { [paths.nitType]: { in: NIT_ID_TYPES } }] } : ownNit
    }
    return false
  }
