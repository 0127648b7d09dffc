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

/** The words of a search folded like the stored text, LIKE's wildcards as spaces; no length check. */
export const foldedSearchWords = (q: string): string =>
  fold(q)
    .replace(/[%_\\]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')

/**
 * R-CAR-03: the words of a free-text search, folded like the stored text, for a `like` filter (every
 * word must appear). A search shorter than two characters (after trimming) is refused, since it
 * would match almost every policy and the index could not help.
 */
export function arrearsSearchWords(q: string): string {
  const text = foldedSearchWords(q)
  if (text.length < MIN_SEARCH_LENGTH) {
    throw new RuleViolation('R-CAR-03', `La búsqueda debe tener al menos ${MIN_SEARCH_LENGTH} caracteres.`, 400, { path: 'q' })
  }
  if (text.length > MAX_SEARCH_LENGTH) {
    throw new RuleViolation('R-CAR-03', `La búsqueda admite hasta ${MAX_SEARCH_LENGTH} caracteres.`, 400, { path: 'q' })
  }
  return text
}

type WhereLike = { [key: string]: unknown }

/**
 * R-CAR-03 in the admin's list of policies and the API: a `like` or `contains` on `searchText`
 * (the list's search box) with its words folded as the stored text is, so "Pérez" finds "perez".
 * Any other condition is left as it is; `and`/`or` are followed.
 */
export const foldSearchTextWhere = <W extends WhereLike>(where: W): W =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(value)) {
        return [key, value.map((nested) => (nested && typeof nested === 'object' ? foldSearchTextWhere(nested as WhereLike) : nested))]
      }
      if (key !== 'searchText' || !value || typeof value !== 'object') return [key, value]
      const operators = Object.entries(value as Record<string, unknown>).map(([op, v]) =>
        ['like', 'contains'].includes(op) && typeof v === 'string' ? [op, foldedSearchWords(v)] : [op, v],
      )
      return [key, Object.fromEntries(operators)]
    }),
  ) as W
