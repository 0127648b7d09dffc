import { RuleViolation } from './ruleViolation'

/** Colombian pesos are handled as whole, non-negative amounts (no centavos). */
export function isPesos(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/** R-MON-01 */
export function assertPesos(value: unknown, field: string): asserts value is number {
  if (!isPesos(value)) {
    throw new RuleViolation('R-MON-01', `El valor de ${field} debe ser un número entero de pesos, sin decimales.`)
  }
}

// es-CO grouping spelled out: Intl puts a no-break space after '$' and its output varies with Node's ICU data.
export function formatPesos(n: number): string {
  if (!isPesos(n)) throw new TypeError(`${String(n)} no es un valor en pesos.`)
  return `$ ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`
}
