/**
 * Dates as Colombian staff type them: dd/MM/yyyy (one-digit day and month accepted). Filters and
 * forms take this form; an ISO YYYY-MM-DD (links, the API) passes through. Anything else, or a day
 * that is not on the calendar (31/02/2026), is `null`, for the caller to refuse with its message.
 */
export const isoFromDayMonthYear = (text: string): string | null => {
  const value = text.trim()
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null
  if (!iso) return null
  const noon = new Date(`${iso}T12:00:00Z`)
  return !Number.isNaN(noon.getTime()) && noon.toISOString().startsWith(iso) ? iso : null
}

/** An ISO calendar date as dd/MM/yyyy; any other text is returned as it came (what the user typed). */
export const dayMonthYearOf = (value: string | null | undefined): string => {
  if (!value) return ''
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value
}
