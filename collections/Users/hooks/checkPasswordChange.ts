import type { CollectionBeforeOperationHook } from 'payload'

import { checkRole } from '../../../access/checkRole'
import { ROLES } from '@/auth/roles'
import { verifyPassword } from '@/auth/verifyPassword'
import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { assertStrongPassword } from '@/rules/auth/passwordPolicy'
import { assertPasswordChangeAllowed } from '@/rules/auth/userChanges'
import { RuleViolation } from '@/rules/ruleViolation'
import { enforceRule, toApiError } from '@/utilities/enforceRule'
import { targetIdOf } from '@/utilities/targetIdOf'

/**
 * SEC-PWD on every path that sets a password — create, update (REST, GraphQL, Local API, the
 * admin's "change password") and reset-password: the password is strong and not the user's own
 * name or e-mail, and whoever changes its own gives the current one (`currentPassword`).
 * The ids it lets through go to recordPasswordChange in `req.context.passwordChangedIds`.
 */
export const checkPasswordChange: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation === 'resetPassword') {
    // The token names the user; an unknown token is refused by Payload right after.
    const user = await req.payload.db.findOne<User>({
      collection: SLUGS.users,
      where: { resetPasswordToken: { equals: args.data.token } },
      req,
    })
    enforceRule(() => assertStrongPassword(args.data.password, user ?? {}))
    return args
  }
  // REST sends `data` as the body it got, which may be none.
  if ((operation !== 'create' && operation !== 'update') || args.data?.password === undefined) return args
  const data = args.data
  if (operation === 'create') {
    enforceRule(() => assertStrongPassword(data.password, { name: data.name, email: data.email }))
    return args
  }

  const id = targetIdOf(args)
  if (id === undefined) {
    throw toApiError(new RuleViolation('SEC-PWD', 'Cambie la contraseña de un usuario a la vez.', 400))
  }
  const current = await req.payload.db.findOne<User>({
    collection: SLUGS.users,
    where: { id: { equals: id } },
    req,
  })
  if (!current) return args // Payload answers 404 itself.
  enforceRule(() => assertStrongPassword(data.password, { name: data.name ?? current.name, email: data.email ?? current.email }))
  if (!args.overrideAccess) {
    const isSelf = String(req.user?.id) === String(id)
    const currentPasswordMatches = isSelf && (await verifyPassword(data.currentPassword, current))
    enforceRule(() =>
      assertPasswordChangeAllowed({ actorIsAdmin: checkRole(req.user, [ROLES.admin]), isSelf, currentPasswordMatches }),
    )
  }
  req.context.passwordChangedIds = [...(req.context.passwordChangedIds ?? []), String(id)]
  return args
}
