import { isoDateToEpochDay } from '@/rules/calendar/isoDate'
import { RuleViolation } from '@/rules/ruleViolation'

/** R-PAY-02: vouchers are served from this year on (the source's "solo … desde el año 2017"). */
export const FIRST_PAYOUT_YEAR = 2017

export type PaymentPeriod = { from: string; to: string }

const DISPLAY_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** R-PAY-02: a date typed as dd/MM/yyyy, as ISO `YYYY-MM-DD`; a wrong format or an impossible day is refused. */
export const parseDisplayDate = (text: string, label: string): string => {
  const match = DISPLAY_DATE.exec(text)
  if (!match) {
    throw new RuleViolation('R-PAY-02', `La ${label} "${text}" no tiene el formato dd/MM/aaaa (por ejemplo 31/01/2026).`)
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RuleViolation('R-PAY-02', `La ${label} ${text} no existe en el calendario.`)
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** The same day one year later (29 February goes to 28 February). */
const oneYearAfter = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return `${pad(year + 1, 4)}-${pad(month)}-${pad(Math.min(day, daysInMonth(year + 1, month)))}`
}

/**
 * R-PAY-02: the payment period of a voucher query, given as two dd/MM/yyyy dates. Refused with a
 * Spanish message: a wrong format, an impossible date (31/02/2026), an end before the start, a
 * start before 2017 (older vouchers are not served) and a period of a year or more (the longest is
 * one day short of a year, e.g. 01/01/2026–31/12/2026), which keeps each query bounded.
 */
export const parsePaymentPeriod = (fromInput: string, toInput: string): PaymentPeriod => {
  const [fromText, toText] = [fromInput.trim(), toInput.trim()]
  const from = parseDisplayDate(fromText, 'fecha inicial')
  const to = parseDisplayDate(toText, 'fecha final')
  if (isoDateToEpochDay(to) < isoDateToEpochDay(from)) {
    throw new RuleViolation('R-PAY-02', `El periodo está invertido: la fecha final ${toText} es anterior a la inicial ${fromText}.`)
  }
  if (Number(from.slice(0, 4)) < FIRST_PAYOUT_YEAR) {
    throw new RuleViolation(
      'R-PAY-02',
      `Solo se consultan comprobantes de egreso desde el 01/01/${FIRST_PAYOUT_YEAR}; la fecha inicial ${fromText} es anterior.`,
    )
  }
  if (isoDateToEpochDay(to) >= isoDateToEpochDay(oneYearAfter(from))) {
    throw new RuleViolation('R-PAY-02', `El periodo de ${fromText} a ${toText} es de un año o más; consulte como máximo un año menos un día.`)
  }
  return { from, to }
}

/** ISO `YYYY-MM-DD` as the portal shows it, dd/MM/yyyy. */
export const toDisplayDate = (iso: string): string => {
  const [year, month, day] = iso.slice(0, 10).split('-')
  return `${day}/${month}/${year}`
}
