import { bogotaDateOf } from '@/rules/calendar'

const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value))

/** A calendar date as Colombian staff read it: dd/mm/aaaa, on Bogota's calendar. */
export const formatDayMonthYear = (value: string | Date | null | undefined): string => {
  if (!value) return ''
  const [year, month, day] = bogotaDateOf(toDate(value)).split('-')
  return `${day}/${month}/${year}`
}

const bogotaClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Bogota', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** An instant (a comment, a status change) as dd/mm/aaaa hh:mm, Bogota time. */
export const formatDateTime = (value: string | Date | null | undefined): string => {
  if (!value) return ''
  return `${formatDayMonthYear(value)} ${bogotaClock.format(toDate(value))}`
}

/** An ISO calendar date (YYYY-MM-DD, as the filters carry it) as dd/mm/aaaa. */
export const formatIsoDate = (date: string): string => date.split('-').reverse().join('/')

/** A file size in the units people use, with a decimal comma: "850 B", "12,5 kB", "1,2 MB". */
export const formatFileSize = (bytes: number | null | undefined): string => {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return ''
  if (bytes < 1000) return `${bytes} B`
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB']
  return `${value.toFixed(1).replace('.', ',')} ${unit}`
}
