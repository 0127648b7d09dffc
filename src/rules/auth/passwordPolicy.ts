import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as spanish from '@zxcvbn-ts/language-es-es'

import { RuleViolation } from '@/rules/ruleViolation'

/** Rule ID of every password refusal. */
export const PASSWORD_RULE = 'SEC-PWD'

export const MIN_PASSWORD_LENGTH = 12

/** zxcvbn score 0–4; 3 = "safely unguessable" (about 10^8 guesses and more). */
export const MIN_PASSWORD_SCORE = 3

// Dictionaries are large: build the estimator once per process.
const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...spanish.dictionary },
  graphs: common.adjacencyGraphs,
  translations: spanish.translations,
  // The l33t matcher's default of 100 substitutions made one check of a symbol-rich password take
  // up to a second on the busy 2-core machine (every user write and the seed pay it); 3 keeps the
  // common ones (a→4, e→3, o→0, s→$…) at a tenth of the cost.
  l33tMaxSubstitutions: 3,
})

const normalize = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/** Words of the user's own name and e-mail local part worth refusing (3+ characters, with a letter). */
const personalWords = (owner: PasswordOwner): string[] => {
  const local = (owner.email ?? '').split('@')[0] ?? ''
  const words = [owner.name ?? '', local].flatMap((text) => normalize(text).split(/[^a-z0-9ñ]+/))
  const whole = normalize(local).replace(/[^a-z0-9ñ]+/g, '')
  return [...new Set([...words, whole])].filter((word) => word.length >= 3 && /[a-zñ]/.test(word))
}

export type PasswordOwner = { name?: string | null; email?: string | null }

/**
 * SEC-PWD: a password has at least 12 characters, is not guessable (zxcvbn score >= 3 with the
 * common and Spanish dictionaries, the user's own data as extra words), and contains neither the
 * user's name nor the local part of its e-mail. The message says which of these failed.
 */
export const assertStrongPassword = (password: unknown, owner: PasswordOwner = {}): void => {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw new RuleViolation(
      PASSWORD_RULE,
      `La contraseña es demasiado corta: debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres.`,
    )
  }
  const words = personalWords(owner)
  const plain = normalize(password)
  if (words.some((word) => plain.includes(word))) {
    throw new RuleViolation(PASSWORD_RULE, 'La contraseña no puede contener su nombre ni su correo electrónico.')
  }
  const result = estimator.check(password, words)
  if (result.score < MIN_PASSWORD_SCORE) {
    const hint = result.feedback.warning ? ` (${result.feedback.warning.replace(/\.$/, '')})` : ''
    throw new RuleViolation(
      PASSWORD_RULE,
      `La contraseña es demasiado fácil de adivinar${hint}. Use una frase larga con palabras poco comunes, números y símbolos.`,
    )
  }
}
