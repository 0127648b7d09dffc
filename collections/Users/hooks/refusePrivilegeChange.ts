import type { CollectionBeforeOperationHook } from 'payload'

import { checkRole } from '../../../access/checkRole'
import { ROLES } from '../../../src/auth/roles'
import { SLUGS } from '../../../src/constants/slugs'
import { RuleViolation } from '../../../src/rules/ruleViolation'
import { toApiError } from '../../../src/utilities/enforceRule'
import { findPrivilegeChanges, PRIVILEGE_FIELDS } from '../privilegeFields'

/**
 * Field access alone would silently drop a forged role, branch or clave; a portal that tries it
 * must hear "no" instead, so the whole write is refused before any field is touched.
 */
export const refusePrivilegeChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // System writes (seed, hooks) run with overrideAccess; administrators may change anything.
  if (args.overrideAccess || checkRole(req.user, [ROLES.admin])) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  if (!PRIVILEGE_FIELDS.some((field) => field in data)) return args

  let current: Record<string, unknown> = {}
  const id = (args as { id?: number | string }).id
  if (operation === 'update' && id !== undefined) {
    current = (await req.payload.findByID({
      collection: SLUGS.users,
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Record<string, unknown>
  }
  const changed = findPrivilegeChanges(current, data)
  if (operation === 'create' || changed.length > 0) {
    throw toApiError(
      new RuleViolation(
        'R-ROL-01',
        `Solo un administrador puede asignar ${changed.join(', ') || 'rol, sucursal, claves o NIT'}.`,
        403,
      ),
    )
  }
  return args
}
