import type { PayloadRequest } from 'payload'

import { bogotaDateOf } from '@/rules/calendar'

/**
 * Today's date in Bogota, the clock every legal term is measured against. The sweep (run by hand
 * for a chosen date) and tests pass `req.context.asOf` ('YYYY-MM-DD'); REST callers cannot set it.
 */
export const todayFor = (req: PayloadRequest): string => {
  const asOf = req.context?.asOf
  return typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : bogotaDateOf(new Date())
}
