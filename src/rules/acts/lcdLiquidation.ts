import { moratoriumInterest, type RatePeriod } from '@/rules/cases/interest'

export type LiquidationLine = { period: string; concept: string; contributors: number | null; capital: number; dueDate: string }

export type LiquidationMonth = { from: string; to: string; annualRatePercent: string; interest: number }

export type LiquidatedLine = LiquidationLine & { interest: number; total: number; months: LiquidationMonth[] }

export type Liquidation = { lines: LiquidatedLine[]; capital: number; interest: number; total: number }

/**
 * R-COB-03 / R-INT-01: the LCD's liquidation by period and concept, each line with its interest
 * month by month at the rate in force (src/rules/cases/interest.ts). A month's amount is the
 * growth of the line's rounded running total, so the months add up exactly to the line's
 * interest, and the lines to the total the case holds (`liquidateDebt`, rounding per line).
 */
export function liquidateForLcd(input: { lines: LiquidationLine[]; cutOffDate: string; rates: RatePeriod[] }): Liquidation {
  const lines = input.lines.map((line): LiquidatedLine => {
    const { interest, months } = moratoriumInterest({ capital: line.capital, dueDate: line.dueDate, cutOffDate: input.cutOffDate, rates: input.rates })
    let before = 0
    const byMonth = months.map((m) => {
      const upTo = moratoriumInterest({ capital: line.capital, dueDate: line.dueDate, cutOffDate: m.to, rates: input.rates }).interest
      const month = { ...m, interest: upTo - before }
      before = upTo
      return month
    })
    return { ...line, interest, total: line.capital + interest, months: byMonth }
  })
  const capital = lines.reduce((sum, l) => sum + l.capital, 0)
  const interest = lines.reduce((sum, l) => sum + l.interest, 0)
  return { lines, capital, interest, total: capital + interest }
}
