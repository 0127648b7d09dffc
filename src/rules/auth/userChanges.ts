import { RuleViolation } from '@/rules/ruleViolation'
import { PASSWORD_RULE } from './passwordPolicy'

/** What a user who is not an administrator may change on its own user. */
export const SELF_SERVICE_FIELDS = ['name', 'phone'] as const

type Change = {
  /** The one who writes is an administrator. */
  actorIsAdmin: boolean
  /** The user written is the one who writes. */
  isSelf: boolean
  /** Fields (other than the password) whose value changes. */
  changedFields: string[]
}

/**
 * R-ROL-01: only an administrator changes another user, or the e-mail, role, branch, claves, NIT,
 * firm or active flag of anyone; everybody else changes only its own name and phone.
 */
export const assertUserChangeAllowed = ({ actorIsAdmin, isSelf, changedFields }: Change): void => {
  if (actorIsAdmin) return
  if (!isSelf) {
    throw new RuleViolation('R-ROL-01', 'Solo un administrador puede modificar a otro usuario.', 403)
  }
  const forbidden = changedFields.filter((field) => !(SELF_SERVICE_FIELDS as readonly string[]).includes(field))
  if (forbidden.length > 0) {
    throw new RuleViolation('R-ROL-01', `Solo un administrador puede asignar ${forbidden.join(', ')}.`, 403)
  }
}

/**
 * SEC-PWD: whoever changes its own password proves it knows the current one (a stolen session
 * must not be enough to take the account); an administrator sets another user's without it.
 */
export const assertPasswordChangeAllowed = ({
  actorIsAdmin,
  isSelf,
  currentPasswordMatches,
}: {
  actorIsAdmin: boolean
  isSelf: boolean
  currentPasswordMatches: boolean
}): void => {
  if (!isSelf) {
    if (actorIsAdmin) return
    throw new RuleViolation('R-ROL-01', 'Solo un administrador puede cambiar la contraseña de otro usuario.', 403)
  }
  if (!currentPasswordMatches) {
    throw new RuleViolation(
      PASSWORD_RULE,
      'Para cambiar su contraseña escriba también su contraseña actual (campo «Contraseña actual»); la que escribió no es correcta o falta.',
      403,
    )
  }
}

/** SEC-ACC: a deactivated user cannot sign in. */
export const assertUserMaySignIn = (user: { active?: boolean | null }): void => {
  if (user.active === false) {
    throw new RuleViolation('SEC-ACC', 'Su usuario está desactivado. Pida a un administrador que lo active.', 403)
  }
}
