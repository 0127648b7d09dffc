// Legal dates are plain calendar dates ('YYYY-MM-DD', a Bogota local date).
// All arithmetic goes through UTC so the host time zone never changes a result.

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
export const BOGOTA = 'America/Bogota'

export type IsoDateParts = { year: number; month: number; day: number }

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function parseIsoDate(date: string): IsoDateParts {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null
  if (!match) {
    throw new TypeError(`La fecha ${String(date)} no tiene el formato AAAA-MM-DD.`)
  }
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new TypeError(`La fecha ${date} no existe en el calendario.`)
  }
  return { year, month, day }
}

/** Days since 1970-01-01; lets hot loops work on integers instead of strings. */
export function isoDateToEpochDay(date: string): number {
  const { year, month, day } = parseIsoDate(date)
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps them literal.
  const utc = new Date(Date.UTC(2000, month - 1, day))
  utc.setUTCFullYear(year)
  return Math.round(utc.getTime() / MS_PER_DAY)
}

export function epochDayToIsoDate(epochDay: number): string {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10)
}

export function addDaysIso(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`El número de días debe ser un entero, no ${String(n)}.`)
  }
  return epochDayToIsoDate(isoDateToEpochDay(date) + n)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfEpochDay(epochDay: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((epochDay + 4) % 7) + 7) % 7
}

export function weekdayOf(date: string): number {
  return weekdayOfEpochDay(isoDateToEpochDay(date))
}

const bogotaWallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: BOGOTA,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
})

function assertValidInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new TypeError('El instante recibido no es una fecha válida.')
  }
}

/** The Bogota calendar date on which `instant` falls. */
export function bogotaDateOf(instant: Date): string {
  assertValidInstant(instant)
  const { year, month, day } = bogotaWallClockOf(instant)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export type WallClock = IsoDateParts & { hour: number; minute: number; second: number }

/** The wall clock as Intl reads it from the tz database: exact, and slow (a few µs a call). */
function wallClockFromTzData(instant: Date): WallClock {
  const parts: Record<string, number> = {}
  for (const { type, value } of bogotaWallClock.formatToParts(instant)) {
    if (type !== 'literal') parts[type] = Number(value)
  }
  return parts as WallClock
}

const MS_PER_HOUR = 3_600_000
const MAX_CACHED_HOURS = 50_000
/** Bogota's offset over each UTC hour seen, or null for an hour in which the offset changes. */
const offsetByHour = new Map<number, number | null>()

const offsetFromTzData = (ms: number) => {
  const { year, month, day, hour, minute, second } = wallClockFromTzData(new Date(ms))
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(ms / 1000) * 1000
}

/**
 * The offset over the UTC hour of `ms`, read from the tz database once per hour (its first and
 * last second): exports and sweeps convert hundreds of thousands of instants that fall on a few
 * thousand hours. An hour in which the offset changes is never cached.
 */
function cachedOffset(ms: number): number | null {
  const hourKey = Math.floor(ms / MS_PER_HOUR)
  let offset = offsetByHour.get(hourKey)
  if (offset === undefined) {
    const start = offsetFromTzData(hourKey * MS_PER_HOUR)
    offset = start === offsetFromTzData(hourKey * MS_PER_HOUR + MS_PER_HOUR - 1000) ? start : null
    if (offsetByHour.size >= MAX_CACHED_HOURS) offsetByHour.clear()
    offsetByHour.set(hourKey, offset)
  }
  return offset
}

/** What a clock on a wall in Bogota showed at `instant`, read from the tz database rather than assumed. */
export function bogotaWallClockOf(instant: Date): WallClock {
  const ms = instant.getTime()
  const offset = Number.isNaN(ms) ? null : cachedOffset(ms)
  if (offset === null) return wallClockFromTzData(instant)
  const wall = new Date(Math.floor(ms / 1000) * 1000 + offset)
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  }
}

/** Bogota's offset from UTC at `instant`, in ms. */
function bogotaOffsetMs(instant: Date): number {
  const { year, month, day, hour, minute, second } = bogotaWallClockOf(instant)
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute, second)
  return wallClockAsUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/** The instant 23:59:59.999 Bogota time of `date`. */
export function endOfBogotaDay(date: string): Date {
  const wallClockAsUtc = (isoDateToEpochDay(date) + 1) * MS_PER_DAY - 1
  // Second pass reads the offset at the answer itself, so a future offset change that day would still be honoured.
  const firstGuess = wallClockAsUtc - bogotaOffsetMs(new Date(wallClockAsUtc))
  return new Date(wallClockAsUtc - bogotaOffsetMs(new Date(firstGuess)))
}
