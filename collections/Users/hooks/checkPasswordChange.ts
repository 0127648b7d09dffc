import type { CollectionBeforeOperationHook } from 'payload'

import { checkRole } from '../../../access/checkRole'
import { ROLES } from '../../../src/auth/roles'
import { verifyPassword } from '../../../src/auth/verifyPassword'
import { SLUGS } from '../../../src/constants/slugs'
import { assertStrongPassword } from '../../../src/rules/auth/passwordPolicy'
import { assertPasswordChangeAllowed } from '../../../src/rules/auth/userChanges'
import { RuleViolation } from '../../../src/rules/ruleViolation'
import { enforceRule, toApiError } from '../../../src/utilities/enforceRule'

type UserRow = { id: number | string; name?: string | null; email?: string | null; hash?: unknown; salt?: unknown }

/** Ids of users whose password this request changes, for recordPasswordChange. */
export const PASSWORD_CHANGED = 'passwordChangedIds'

/**
 * SEC-PWD on every path that sets a password — create, update (REST, GraphQL, Local API, the
 * admin's "change password") and reset-password: the password is strong and not the user's own
 * name or e-mail, and whoever changes its own gives the current one (`currentPassword`).
 */
export const checkPasswordChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = ((args as { data?: unknown }).data ?? {}) as Record<string, unknown>
  if (operation === 'resetPassword') {
    // The token names the user; an unknown token is refused by Payload right after.
    const user = (await req.payload.db.findOne({
      collection: SLUGS.users,
      where: { resetPasswordToken: { equals: data.token } },
      req,
    })) as UserRow | null
    enforceRule(() => assertStrongPassword(data.password, user ?? {}))
    return args
  }
  if ((operation !== 'create' && operation !== 'update') || data.password === undefined) return args
  if (operation === 'create') {
    enforceRule(() => assertStrongPassword(data.password, { name: data.name as string, email: data.email as string }))
    return args
  }

  const id = (args as { id?: number | string }).id
  if (id === undefined) {
    throw toApiError(new RuleViolation('SEC-PWD', 'Cambie la contraseña de un usuario a la vez.', 400))
  }
  const current = (await req.payload.db.findOne({
    collection: SLUGS.users,
    where: { id: { equals: id } },
    req,
  })) as UserRow | null
  if (!current) return args // Payload answers 404 itself.
  enforceRule(() =>
    assertStrongPassword(data.password, {
      name: (data.name as string | undefined) ?? current.name,
      email: (data.email as string | undefined) ?? current.email,
    }),
  )
  if (!args.overrideAccess) {
    const isSelf = String(req.user?.id) === String(id)
    const currentPasswordMatches = isSelf && (await verifyPassword(data.currentPassword, current))
    enforceRule(() =>
      assertPasswordChangeAllowed({ actorIsAdmin: checkRole(req.user, [ROLES.admin]), isSelf, currentPasswordMatches }),
    )
  }
  const changed = (req.context[PASSWORD_CHANGED] as string[] | undefined) ?? []
  req.context[PASSWORD_CHANGED] = [...changed, String(id)]
  return args
}
