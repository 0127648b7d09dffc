import { toCardinal } from 'n2words/es-ES'

import { parseIsoDate } from '@/rules/calendar/isoDate'
import { formatPesos } from '@/rules/money'
import { RuleViolation } from '@/rules/ruleViolation'

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']


/**
 * Written usage n2words 4 misses: "uno" shortens before a noun, "mil" and "millones" ("veintiún
 * mil", "cuarenta y un millones", "treinta y un pesos"; it gives "veintiuno mil"), and
 * "dieciséis" carries its accent (it gives "dieciseis").
 */
const beforeNoun = (words: string): string =>
  words
    .replace(/dieciseis/g, 'dieciséis').replace(/veintiuno(?=\s+(?:mil|millones)\b|$)/g, 'veintiún').replace(/(^|\s)uno(?=\s+(?:mil|millones)\b|$)/g, '$1un')

/**
 * R-COB-10 / 001 §7.3.12 (6): an amount in words and in figures, as the acts state it:
 * "UN MILLÓN DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SESENTA Y SIETE PESOS M/CTE ($ 1.234.567)".
 * Whole millions take "de" ("UN MILLÓN DE PESOS"). Money is integer pesos (R-MON-01). The space after
 * "$" does not break (a figure is never split from its sign across lines).
 */
export function pesosInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RuleViolation('R-MON-01', 'El valor debe ser un número entero de pesos, sin decimales.')
  }
  const words = beforeNoun(toCardinal(amount))
  const currency = amount === 1 ? 'PESO' : /(millón|millones)$/.test(words) ? 'DE PESOS' : 'PESOS'
  return `${words.toUpperCase()} ${currency} M/CTE (${formatPesos(amount).replace(' ', '\u00a0')})`
}

/** A whole number in words and figures, for terms: "quince (15)". */
export const countInWords = (count: number): string => `${toCardinal(count)} (${count})`

/**
 * 001 §7.3.12 (2): a date in words and figures, as legal acts write it:
 * "primero (1) de diciembre de dos mil veintiséis (2026)". The day 1 is "primero" by usage.
 */
export function dateInWords(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate.slice(0, 10))
  const dayWords = day === 1 ? 'primero' : toCardinal(day)
  return `${dayWords} (${day}) de ${MONTHS[month - 1]} de ${toCardinal(year)} (${year})`
}

/** A date in figures only, for tables: "01/12/2026". */
export const dateInFigures = (isoDate: string): string => isoDate.slice(0, 10).split('-').reverse().join('/')

/** A period `AAAA-MM` as read in a liquidation: "marzo de 2026". */
export function periodInWords(period: string): string {
  const [year, month] = period.split('-').map(Number)
  return `${MONTHS[month! - 1]} de ${year}`
}
