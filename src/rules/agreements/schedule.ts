import type { BusinessCalendar } from '@/rules/calendar'
import { addMonthsIso } from '@/rules/cases/months'
import { isPesos } from '@/rules/money'
import { RuleViolation } from '@/rules/ruleViolation'
import { PERIODICITY_MONTHS, type Periodicity } from './statuses'

/** An obligation the agreement covers: its capital, named by period and concept (001 §8.13). */
export type ScheduledObligation = { period: string; concept: string; capital: number }

export type ScheduledInstalment = {
  /** 0 is the down payment; 1…n the instalments. */
  number: number
  /** Falls due at the end of this business day (R-AGR-08). */
  dueOn: string
  amount: number
  /** What this instalment pays, in the order payments are applied (R-INT-02): costs, interest, then each obligation's capital. */
  pays: string[]
}

export type ScheduleInput = {
  total: number
  costs: number
  interest: number
  obligations: ScheduledObligation[]
  downPayment: number
  termMonths: number
  periodicity: Periodicity
  /** The day the agreement is granted; the down payment falls due on it (or the next business day). */
  startOn: string
  calendar: BusinessCalendar
}

const obligationLabel = (o: ScheduledObligation) => `${o.period} ${o.concept}`

/** Whole pesos split into `parts` equal amounts, the remainder on the last one. */
export function splitPesos(amount: number, parts: number): number[] {
  const base = Math.floor(amount / parts)
  return Array.from({ length: parts }, (_, i) => (i === parts - 1 ? amount - base * (parts - 1) : base))
}

function assertScheduleInput(input: ScheduleInput): number {
  const { total, costs, interest, obligations, downPayment, termMonths, periodicity } = input
  for (const value of [total, costs, interest, downPayment, ...obligations.map((o) => o.capital)]) {
    if (!isPesos(value)) throw new RuleViolation('R-MON-01', 'Los valores del acuerdo deben ser enteros en pesos, sin decimales.')
  }
  const capital = obligations.reduce((sum, o) => sum + o.capital, 0)
  if (costs + interest + capital !== total) {
    throw new RuleViolation('R-AGR-08', 'El total del acuerdo debe ser la suma de costas, intereses y el capital de las obligaciones que cubre.')
  }
  const period = PERIODICITY_MONTHS[periodicity]
  if (!period) throw new RuleViolation('R-AGR-08', `Periodicidad desconocida: ${String(periodicity)}.`, 400, { path: 'periodicity' })
  if (termMonths % period !== 0) {
    throw new RuleViolation('R-AGR-08', `El plazo (${termMonths} meses) debe ser múltiplo de la periodicidad (${period} meses).`, 400, { path: 'termMonths' })
  }
  return period
}

/**
 * R-AGR-08 (001 §8.13–8.15): the schedule from the total, the down payment, the term and the
 * periodicity. Instalment 0 is the down payment, due the day the agreement is granted; the rest
 * split what remains into equal whole pesos (the remainder on the last one), one every period
 * counted in calendar months from the start; a due date on a non-business day moves to the next
 * business day. Each instalment lists what it pays in the order of R-INT-02: costs, interest,
 * then the obligations' capital, oldest first.
 */
export function buildSchedule(input: ScheduleInput): ScheduledInstalment[] {
  const period = assertScheduleInput(input)
  const count = input.termMonths / period
  const amounts = [input.downPayment, ...splitPesos(input.total - input.downPayment, count)]
  const queue = [
    { label: 'Costas', left: input.costs },
    { label: 'Intereses', left: input.interest },
    ...[...input.obligations].sort((a, b) => a.period.localeCompare(b.period)).map((o) => ({ label: obligationLabel(o), left: o.capital })),
  ].filter((item) => item.left > 0)
  return amounts.map((amount, number) => {
    const pays: string[] = []
    let left = amount
    while (left > 0 && queue.length > 0) {
      const item = queue[0]!
      const taken = Math.min(item.left, left)
      item.left -= taken
      left -= taken
      if (!pays.includes(item.label)) pays.push(item.label)
      if (item.left === 0) queue.shift()
    }
    const nominal = number === 0 ? input.startOn : addMonthsIso(input.startOn, number * period)
    return { number, dueOn: input.calendar.onOrNextBusinessDay(nominal), amount, pays }
  })
}

/** R-AGR-08: an instalment due on `dueOn` is late only once that business day has ended. */
export const isPastDue = (dueOn: string, today: string): boolean => today > dueOn.slice(0, 10)
