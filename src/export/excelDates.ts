import { bogotaWallClockOf } from '@/rules/calendar'

/**
 * Excel dates carry no time zone and exceljs writes a Date's UTC fields, so an instant is shifted
 * to the Bogota wall clock: 2026-03-01T02:00Z is written as 28/02/2026 21:00, as a user there saw it.
 */
export const excelBogotaDateTime = (value: string | Date | null | undefined): Date | null => {
  if (!value) return null
  const instant = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(instant.getTime())) return null
  const { year, month, day, hour, minute, second } = bogotaWallClockOf(instant)
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second))
}

/** A legal date (day only, stored at Bogota noon or midnight UTC) as an Excel date with no time. */
export const excelBogotaDate = (value: string | Date | null | undefined): Date | null => {
  const dt = excelBogotaDateTime(value)
  return dt ? new Date(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth(), dt.getUTCDate())) : null
}

export const EXCEL_DATE = 'dd/mm/yyyy'
export const EXCEL_DATE_TIME = 'dd/mm/yyyy hh:mm'
export const EXCEL_PESOS = '"$" #,##0'

/** A legal date as stored (its day is the first ten characters, whatever the time) as an Excel date with no time. */
export const excelLegalDate = (value: string | null | undefined): Date | null =>
  value ? new Date(`${value.slice(0, 10)}T00:00:00.000Z`) : null
