import { RuleViolation } from './ruleViolation'

/** Lower case without accents or marks, so "PÉREZ" and "perez" meet. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()

/**
 * R-CAR-03 (000 "Módulo de cartera", the table's "Buscar..."): the text a policy is found by in the
 * arrears module — its number, plate, clave, holder's name and ID — folded (lower case, no accents)
 * into one column that a trigram index serves. An ID is also kept without dots or dashes, so
 * "1.094.926.120" and "1094926120" both find it.
 */
export function policySearchText(policy: {
  number?: string | null
  plate?: string | null
  clave?: string | null
  holderName?: string | null
  holderIdNumber?: string | null
}): string {
  const id = policy.holderIdNumber ?? ''
  const parts = [policy.number, policy.plate, policy.clave, policy.holderName, id, id.replace(/[.\-\s]/g, '')]
  return [...new Set(parts.map((p) => fold(String(p ?? '')).trim()).filter(Boolean))].join(' ')
}

export const MIN_SEARCH_LENGTH = 2
export const MAX_SEARCH_LENGTH = 80

/**
 * R-CAR-03: the words of a free-text search, folded like the stored text, for a `like` filter (every
 * word must appear). A search shorter than two characters (after trimming) is refused, since it
 * would match almost every policy and the index could not help.
 */
export function arrearsSearchWords(q: string): string {
  const words = fold(q)
    .replace(/[%_\\]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  const text = words.join(' ')
  if (text.length < MIN_SEARCH_LENGTH) {
    throw new RuleViolation('R-CAR-03', `La búsqueda debe tener al menos ${MIN_SEARCH_LENGTH} caracteres.`, 400, { path: 'q' })
  }
  if (text.length > MAX_SEARCH_LENGTH) {
    throw new RuleViolation('R-CAR-03', `La búsqueda admite hasta ${MAX_SEARCH_LENGTH} caracteres.`, 400, { path: 'q' })
  }
  return text
}
