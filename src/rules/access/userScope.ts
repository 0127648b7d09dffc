import type { Where } from 'payload'

import { BRANCH_ROLES, NATIONAL_ROLES, ROLES, type Role } from '@/auth/roles'
import { idOf } from '@/utilities/idOf'

import { checkRole } from './checkRole'
import { NO_ROWS, isNoRows } from './noRows'

/** What access needs of a user: its role and the branch, claves or NIT its scope is cut by. */
export type ScopeUser = {
  id: number | string
  role?: string | null
  branch?: unknown
  claves?: readonly string[] | null
  nit?: string | null
}

/** The user attribute that bounds a scoped role's rows. */
export type ScopeKey = 'branch' | 'firm' | 'clave' | 'nit'

/**
 * The rows of a user, before any collection is named: every row (national staff), none (editors,
 * anonymous visitors), or the rows whose `key` holds one of `values` — branch staff by their
 * branch, an external firm by itself, a broker by its claves, a provider by its NIT. `values` is
 * empty when the user lacks what its role is cut by (a branch manager without a branch).
 */
export type UserScope = 'all' | 'none' | { key: ScopeKey; values: readonly (number | string)[] }

/** Where each scoped role finds "its own" rows in a collection; a missing path means "none there". */
export type ScopePaths = Partial<Record<ScopeKey, string>> & {
  /** Where the identification type sits beside `nit`: a cédula with the same digits is not the provider. */
  nitType?: string
}

/** A NIT scope matches only companies' identification types. */
const NIT_ID_TYPES = ['NIT', 'NIT_EXT']

/** Who maintains portfolio records: the administrator and collections manager anywhere, branch staff in their branch. */
export const PORTFOLIO_STAFF_ROLES: Role[] = [ROLES.admin, ROLES.collectionsManager, ...BRANCH_ROLES]

/** Who files and works a broker's record (requests, legalizations): portfolio staff and the broker on its claves. */
export const BROKER_RECORD_WORKER_ROLES: Role[] = [...PORTFOLIO_STAFF_ROLES, ROLES.broker]

/** Who works a collection case: portfolio staff, the executor officer anywhere, the external firm assigned to it. */
export const CASE_WORKER_ROLES: Role[] = [...PORTFOLIO_STAFF_ROLES, ROLES.executorOfficer, ROLES.externalFirm]

/** Who works a payment agreement: the case workers and the legal manager, who approves them (R-ROL-04). */
export const AGREEMENT_WORKER_ROLES: Role[] = [...CASE_WORKER_ROLES, ROLES.legalManager]

const present = (value: number | string | null | undefined): (number | string)[] =>
  value === null || value === undefined || value === '' ? [] : [value]

/** R-ROL-01/02: which rows a user's role and attributes give it, in any collection. */
export const userScope = (user: ScopeUser | null | undefined): UserScope => {
  if (!user) return 'none'
  if (checkRole(user, NATIONAL_ROLES)) return 'all'
  if (checkRole(user, BRANCH_ROLES)) return { key: 'branch', values: present(idOf(user.branch)) }
  if (checkRole(user, [ROLES.externalFirm])) return { key: 'firm', values: [user.id] }
  if (checkRole(user, [ROLES.broker])) return { key: 'clave', values: user.claves ?? [] }
  if (checkRole(user, [ROLES.provider])) return { key: 'nit', values: present(user.nit) }
  return 'none'
}

/**
 * R-ROL-01/02, read access as a `Where`, so one rule holds for REST, GraphQL and the Local API
 * (as plugin-multi-tenant's `getTenantAccess`): `true` for national staff, the user's branch /
 * firm / claves / NIT at the collection's path for scoped roles, `NO_ROWS` when the collection
 * has no path for the role or the user lacks the value (a list answers empty, not 403), `false`
 * for editors and anonymous visitors.
 */
export const scopeWhere = (user: ScopeUser | null | undefined, paths: ScopePaths): Where | boolean => {
  const scope = userScope(user)
  if (scope === 'all') return true
  if (scope === 'none') return false
  const path = paths[scope.key]
  const [first] = scope.values
  if (!path || first === undefined) return NO_ROWS
  if (scope.key === 'clave') return { [path]: { in: [...scope.values] } }
  const own: Where = { [path]: { equals: first } }
  return scope.key === 'nit' && paths.nitType ? { and: [own, { [paths.nitType]: { in: NIT_ID_TYPES } }] } : own
}

/**
 * R-ROL-01/02, write access: only `writers` write, each within its scope (`scopeWhere`); a writer
 * with no rows in the collection may not write at all (403, rather than a write that matches nothing).
 */
export const writeScopeWhere = (
  user: ScopeUser | null | undefined,
  writers: readonly Role[],
  paths: ScopePaths,
): Where | boolean => {
  if (!checkRole(user, writers)) return false
  const scope = scopeWhere(user, paths)
  return typeof scope === 'object' && isNoRows(scope) ? false : scope
}

/** The same scope checked on one record in memory, given the values it holds for each key (e.g. a case's branch and firm). */
export const isRowInScope = (scope: UserScope, row: Partial<Record<ScopeKey, number | string | null>>): boolean => {
  if (scope === 'all') return true
  if (scope === 'none') return false
  const value = row[scope.key]
  return value !== null && value !== undefined && scope.values.some((v) => String(v) === String(value))
}
