import Holidays from 'date-holidays'

const colombia = new Holidays('CO')
const byYear = new Map<number, readonly string[]>()

// date-holidays marks Easter Sunday ('easter') as public, but Ley 51 de 1983 only makes
// Holy Thursday and Good Friday holidays; it is a Sunday, so no business day is affected.
// (Its 'monday after 07-09 since 2026', Virgen de Chiquinquirá, is a holiday: Ley 2578 de 2026.)
const NOT_LEGAL_HOLIDAYS = new Set(['easter'])

/** Sorted ISO dates of Colombia's national public holidays in `year`. */
export function nationalHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`El año ${String(year)} no es válido para consultar festivos.`)
  }
  let dates = byYear.get(year)
  if (!dates) {
    const days = colombia
      .getHolidays(year)
      .filter((h) => h.type === 'public' && !NOT_LEGAL_HOLIDAYS.has(h.rule))
      // `date` is the local Bogota date ('YYYY-MM-DD 00:00:00'); `start` is a UTC instant and would be off by 5 h.
      .map((h) => h.date.slice(0, 10))
    // Two movable holidays can land on the same Monday (e.g. 2038-07-05), so deduplicate.
    dates = [...new Set(days)].sort()
    byYear.set(year, dates)
  }
  return [...dates]
}
