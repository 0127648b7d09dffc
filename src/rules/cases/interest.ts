import { RuleViolation } from '@/rules/ruleViolation'
import { addMonthsIso } from './months'

export type RatePeriod = { from: string; to: string; annualRatePercent: string }

export type InterestMonth = { from: string; to: string; annualRatePercent: string }

export type InterestResult = {
  /** Whole pesos, rounded once (half up) from the exact sum of every month. */
  interest: number
  /** Months or fractions of a month counted, each with the rate applied. */
  months: InterestMonth[]
}

const RATE = /^(\d{1,2})(?:\.(\d{1,4}))?$/

/** "26.76" → 267600 (hundredths of a basis point: percent × 10⁴), exactly, with no float. */
function parseRate(percent: string): bigint {
  const match = RATE.exec(percent.trim())
  if (!match) throw new RuleViolation('R-INT-01', `La tasa "${percent}" no es un porcentaje válido.`)
  return BigInt(match[1]!) * 10_000n + BigInt((match[2] ?? '').padEnd(4, '0'))
}

/** R-INT-01: the period of the rate table in force on `date`; refused when the table has none. */
export function rateOn(date: string, table: RatePeriod[]): RatePeriod {
  const day = date.slice(0, 10)
  const period = table.find((p) => p.from.slice(0, 10) <= day && day <= p.to.slice(0, 10))
  if (!period) {
    throw new RuleViolation('R-INT-01', `No hay tasa de interés moratorio registrada para el ${day}. Actualice los parámetros.`)
  }
  return period
}

/**
 * R-INT-01: moratorium interest from the due date to the cut-off (or payment) date, counted in
 * months: each month, or fraction of a month, from the due date owes one month of interest at
 * the rate in force on the first day of that month. Interest is simple (never capitalised): it
 * is always computed on the capital, never on earlier interest.
 *
 * Money is exact: the table's effective annual rate (up to four decimals) is read as an integer,
 * one month is capital × rate / 12, and every month's exact fraction is summed in BigInt; the
 * sum is rounded to the peso once, half up. Nothing goes through floating point.
 */
export function moratoriumInterest(input: {
  capital: number
  dueDate: string
  cutOffDate: string
  rates: RatePeriod[]
}): InterestResult {
  const { capital, dueDate, cutOffDate, rates } = input
  if (!Number.isSafeInteger(capital) || capital < 0) {
    throw new RuleViolation('R-MON-01', 'El capital debe ser un número entero de pesos, sin decimales.')
  }
  const months: InterestMonth[] = []
  // interest = Σ capital × rate(10⁻⁴ %) / (12 × 100 × 10⁴)
  let numerator = 0n
  let index = 0
  let start = dueDate.slice(0, 10)
  const end = cutOffDate.slice(0, 10)
  while (start < end) {
    const next = addMonthsIso(dueDate.slice(0, 10), index + 1)
    const period = rateOn(start, rates)
    numerator += BigInt(capital) * parseRate(period.annualRatePercent)
    months.push({ from: start, to: next < end ? next : end, annualRatePercent: period.annualRatePercent })
    index += 1
    start = next
  }
  const denominator = 12n * 100n * 10_000n
  const interest = (numerator * 2n + denominator) / (denominator * 2n)
  return { interest: Number(interest), months }
}


export type DebtLineForInterest = { capital: number; dueDate: string }

/** R-INT-01 over several debt lines: each line runs from its own due date; rounding per line. */
export function liquidateDebt(input: { lines: DebtLineForInterest[]; cutOffDate: string; rates: RatePeriod[] }): {
  capital: number
  interest: number
  total: number
} {
  let capital = 0
  let interest = 0
  for (const line of input.lines) {
    capital += line.capital
    interest += moratoriumInterest({ capital: line.capital, dueDate: line.dueDate, cutOffDate: input.cutOffDate, rates: input.rates }).interest
  }
  return { capital, interest, total: capital + interest }
}
