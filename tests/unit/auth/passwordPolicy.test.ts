import { describe, expect, it } from 'vitest'

import { assertStrongPassword, PASSWORD_RULE } from '@/rules/auth/passwordPolicy'
import { RuleViolation } from '@/rules/ruleViolation'
import { DEMO_PASSWORD, DEMO_USERS } from '@/seed/users'

const refusal = (password: unknown, owner = {}) => {
  try {
    assertStrongPassword(password, owner)
  } catch (error) {
    return error as RuleViolation
  }
  return undefined
}

describe('SEC-PWD password policy', () => {
  it('SEC-PWD refuses "abc" as too short, saying the minimum', () => {
    const error = refusal('abc')
    expect(error).toBeInstanceOf(RuleViolation)
    expect(error?.ruleId).toBe(PASSWORD_RULE)
    expect(error?.status).toBe(400)
    expect(error?.message).toBe('La contraseña es demasiado corta: debe tener al menos 12 caracteres.')
  })

  it('SEC-PWD refuses 11 characters and a missing password', () => {
    expect(refusal('Xq7#mP2$vL9')?.message).toMatch(/demasiado corta/)
    expect(refusal(undefined)?.message).toMatch(/demasiado corta/)
  })

  it('SEC-PWD refuses long but guessable passwords, saying they are too easy to guess', () => {
    for (const password of ['password1234', 'qwertyuiop123', 'contraseña123', 'aaaaaaaaaaaaaaa', '123456789012']) {
      expect(refusal(password)?.message, password).toMatch(/^La contraseña es demasiado fácil de adivinar/)
    }
  })

  it('SEC-PWD refuses a password that contains the user\'s name or e-mail local part, accents and case aside', () => {
    const owner = { name: 'José Martínez', email: 'jmartinez.cartera@aseguradora.co' }
    const expected = 'La contraseña no puede contener su nombre ni su correo electrónico.'
    expect(refusal('Martinez-Azul-2026!', owner)?.message).toBe(expected)
    expect(refusal('xJOSE-verde-cielo-77', owner)?.message).toBe(expected)
    expect(refusal('Cartera#Rio-Lento-88', owner)?.message).toBe(expected)
    expect(refusal('jmartinezcartera-99!', owner)?.message).toBe(expected)
    // The same passwords are fine for somebody else.
    expect(refusal('Martinez-Azul-2026!', { name: 'Ana Ruiz', email: 'ana@x.co' })).toBeUndefined()
  })

  it('SEC-PWD accepts strong passphrases, among them the demo and the test passwords', () => {
    expect(refusal('Cobranzas-Demo-2026!')).toBeUndefined()
    expect(refusal('Clave-Segura-2026')).toBeUndefined()
    expect(refusal('tigre morado bajo la lluvia')).toBeUndefined()
    for (const user of DEMO_USERS) expect(refusal(DEMO_PASSWORD, user), user.email).toBeUndefined()
  }, 30_000)
})
