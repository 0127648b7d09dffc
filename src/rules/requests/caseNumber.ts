import { bogotaDateOf } from '@/rules/calendar'

/** R-REQ-06: COL_<year>_<sequence>; the year is the Bogota calendar year of filing. */
export function formatCaseNumber(year: number, sequence: number): string {
  if (!Number.isSafeInteger(year) || year < 2000 || year > 9999) throw new RangeError(`Año inválido: ${year}`)
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Consecutivo inválido: ${sequence}`)
  return `COL_${year}_${sequence}`
}

export const caseYearOf = (filedAt: Date): number => Number(bogotaDateOf(filedAt).slice(0, 4))
