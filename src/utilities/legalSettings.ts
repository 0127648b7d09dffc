import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { createBusinessCalendar, type BusinessCalendar } from '@/rules/calendar'
import type { MinimumWage } from '@/rules/cases/coactiveEligibility'
import type { RatePeriod } from '@/rules/cases/interest'

export type LegalSettings = {
  calendar: BusinessCalendar
  minimumWages: MinimumWage[]
  moratoriumRates: RatePeriod[]
}

const day = (value: string | null | undefined) => (value ?? '').slice(0, 10)

/**
 * The settings global turned into what the pure rules take: the business calendar, SMMLV per year,
 * the rate table. A long batch (the daily sweep) loads them once and leaves them in
 * `req.context.legalSettings`, so the hooks of its thousands of writes do not reload them.
 */
export const loadLegalSettings = async (req: PayloadRequest): Promise<LegalSettings> => {
  const cached = req.context?.legalSettings
  if (cached) return cached
  const settings = await req.payload.findGlobal({ slug: SLUGS.settings, depth: 0, overrideAccess: true, req })
  return {
    calendar: createBusinessCalendar({
      extraNonBusinessDays: (settings.extraNonBusinessDays ?? []).map((d) => day(d.date)),
      struckHolidays: (settings.struckHolidays ?? []).map((d) => day(d.date)),
    }),
    minimumWages: (settings.minimumWages ?? []).map((w) => ({ year: w.year, amount: w.amount })),
    moratoriumRates: (settings.moratoriumRates ?? []).map((r) => ({
      from: day(r.from),
      to: day(r.to),
      annualRatePercent: r.annualRatePercent,
    })),
  }
}
