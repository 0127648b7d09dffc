import type { PayloadRequest } from 'payload'

import { bogotaDateOf } from '@/rules/calendar'

/**
 * The header with which the browser tests move a request's day ('YYYY-MM-DD'), to sign on a date
 * the daily sweep reached ahead of the calendar. Honoured only by a server started with
 * `E2E_CLOCK=true` outside production (tests/e2e/globalSetup.ts); every other server ignores it.
 */
export const E2E_CLOCK_HEADER = 'x-e2e-as-of'

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)

/** The e2e server's day for this request, or null: the flag off, production, or no valid header. */
export const testClockOf = (req: Pick<PayloadRequest, 'headers'>, env: Record<string, string | undefined> = process.env): string | null => {
  if (env.E2E_CLOCK !== 'true' || env.NODE_ENV === 'production') return null
  const asOf = req.headers?.get?.(E2E_CLOCK_HEADER)
  return isDay(asOf) ? asOf : null
}

/**
 * Today's date in Bogota, the clock every legal term is measured against. The sweep (run by hand
 * for a chosen date) and tests pass `req.context.asOf` ('YYYY-MM-DD'); REST callers cannot set it
 * (but on the e2e server, see E2E_CLOCK_HEADER).
 */
export const todayFor = (req: PayloadRequest): string => {
  const asOf = req.context?.asOf
  return isDay(asOf) ? asOf : (testClockOf(req) ?? bogotaDateOf(new Date()))
}
