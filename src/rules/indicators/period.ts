import { RuleViolation } from '../ruleViolation'

/** A monthly period of the indicators, `YYYY-MM`. */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

/** 001 §7.2.1 item 3: indicators are published per month; a period that is not `YYYY-MM` is refused. */
export const assertPeriod = (period: string): void => {
  if (!PERIOD_PATTERN.test(period)) {
    throw new RuleViolation('R-IND-01', `El periodo ${period} no es válido; use el formato AAAA-MM.`, 400, { path: 'period' })
  }
}

/** First and last calendar day of a period (ISO dates). */
export const periodBounds = (period: string): { from: string; to: string } => {
  assertPeriod(period)
  const [y, m] = period.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` }
}

/** The month before a period. */
export const previousPeriod = (period: string): string => {
  assertPeriod(period)
  const [y, m] = period.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** The period an ISO date falls in. */
export const periodOf = (isoDate: string): string => isoDate.slice(0, 7)
