/** The legal date ('YYYY-MM-DD') of a stored date field, whatever time of day it carries. */
export const day = (value: unknown): string | null => (typeof value === 'string' && value ? value.slice(0, 10) : null)

/** Legal dates are stored at Bogota noon so no time zone can move them to another day. */
export const storeDay = (date: string | null | undefined): string | null => (date ? `${date}T12:00:00.000Z` : null)
