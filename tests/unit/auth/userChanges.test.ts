import { describe, expect, it } from 'vitest'

import { assertPasswordChangeAllowed, assertUserChangeAllowed, assertUserMaySignIn } from '@/rules/auth/userChanges'

describe('R-ROL-01 who changes a user', () => {
  it('R-ROL-01 an administrator changes anything of anyone', () => {
    expect(() => assertUserChangeAllowed({ actorIsAdmin: true, isSelf: false, changedFields: ['email', 'role', 'active'] })).not.toThrow()
  })

  it('R-ROL-01 anyone else changes only its own name and phone', () => {
    expect(() => assertUserChangeAllowed({ actorIsAdmin: false, isSelf: true, changedFields: ['name', 'phone'] })).not.toThrow()
    expect(() => assertUserChangeAllowed({ actorIsAdmin: false, isSelf: true, changedFields: ['email'] })).toThrow(
      'Solo un administrador puede asignar email.',
    )
    expect(() => assertUserChangeAllowed({ actorIsAdmin: false, isSelf: true, changedFields: ['name', 'role', 'active'] })).toThrow(
      'Solo un administrador puede asignar role, active.',
    )
    expect(() => assertUserChangeAllowed({ actorIsAdmin: false, isSelf: false, changedFields: ['name'] })).toThrow(
      'Solo un administrador puede modificar a otro usuario.',
    )
  })
})

describe('SEC-PWD who changes a password', () => {
  it('SEC-PWD one\'s own password only with the right current one; another\'s only as administrator', () => {
    expect(() => assertPasswordChangeAllowed({ actorIsAdmin: false, isSelf: true, currentPasswordMatches: true })).not.toThrow()
    expect(() => assertPasswordChangeAllowed({ actorIsAdmin: true, isSelf: true, currentPasswordMatches: false })).toThrow(/contraseña actual/)
    expect(() => assertPasswordChangeAllowed({ actorIsAdmin: false, isSelf: true, currentPasswordMatches: false })).toThrow(/contraseña actual/)
    expect(() => assertPasswordChangeAllowed({ actorIsAdmin: true, isSelf: false, currentPasswordMatches: false })).not.toThrow()
    expect(() => assertPasswordChangeAllowed({ actorIsAdmin: false, isSelf: false, currentPasswordMatches: false })).toThrow(
      'Solo un administrador puede cambiar la contraseña de otro usuario.',
    )
  })

  it('SEC-ACC an inactive user cannot sign in', () => {
    expect(() => assertUserMaySignIn({ active: false })).toThrow('Su usuario está desactivado. Pida a un administrador que lo active.')
    expect(() => assertUserMaySignIn({ active: true })).not.toThrow()
    expect(() => assertUserMaySignIn({})).not.toThrow()
  })
})
