import type { CollectionBeforeOperationHook } from 'payload'

import { checkRole } from '../../../access/checkRole'
import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import { assertUserChangeAllowed } from '@/rules/auth/userChanges'
import { RuleViolation } from '@/rules/ruleViolation'
import { enforceRule, toApiError } from '@/utilities/enforceRule'
import { targetIdOf } from '@/utilities/targetIdOf'
import { findChangedFields } from '../privilegeFields'

/**
 * R-ROL-01: field access alone would silently drop a forged e-mail, role, branch or clave; a user
 * who tries it must hear "no", so the whole write is refused before any field is touched.
 */
export const refusePrivilegeChange: CollectionBeforeOperationHook<'users'> = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // System writes (seed, hooks, scripts) run with overrideAccess.
  if (args.overrideAccess) return args
  const actorIsAdmin = checkRole(req.user, [ROLES.admin])
  if (operation === 'create') {
    if (actorIsAdmin) return args
    throw toApiError(new RuleViolation('R-ROL-01', 'Solo un administrador puede crear usuarios.', 403))
  }
  if (actorIsAdmin || !req.user) return args

  // A non-admin's update reaches only its own row (access), also a bulk one: compare with it.
  const id = targetIdOf(args) ?? req.user.id
  const current = await req.payload.findByID({
    collection: SLUGS.users,
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  const fieldNames = new Set(collection.flattenedFields.map((field) => field.name))
  const changedFields = findChangedFields(current, args.data ?? {}, fieldNames)
  enforceRule(() => assertUserChangeAllowed({ actorIsAdmin, isSelf: String(id) === String(req.user?.id), changedFields }))
  return args
}
