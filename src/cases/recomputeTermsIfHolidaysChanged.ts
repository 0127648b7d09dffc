import type { PayloadRequest } from 'payload'

import { holidayListAround, holidayListChange, type HolidayListRecord } from '@/rules/calendar/holidayList'
import { recomputeOpenTerms, type TermsRecomputeReport } from './recomputeOpenTerms'

/** Where the holiday list last used to count terms is kept (payload.kv, i.e. the database). */
export const HOLIDAY_LIST_KEY = 'calendar:national-holidays'

/**
 * A new version of the holiday library (date-holidays) may add or remove a holiday (e.g. Ley 2578
 * de 2026). Compares the list in use with the one recorded; when it differs, counts the open terms
 * again (recomputeOpenTerms, one case-file entry per case that moved) and records the new list.
 * Run at app start (prepareDatabase) and before each daily sweep, so that no other save recounts
 * a term silently first. Returns null when nothing changed.
 */
export async function recomputeTermsIfHolidaysChanged({ req, asOf }: { req: PayloadRequest; asOf: string }): Promise<TermsRecomputeReport | null> {
  const current = holidayListAround(asOf)
  const recorded = (await req.payload.kv.get<HolidayListRecord>(HOLIDAY_LIST_KEY)) ?? null
  const cause = holidayListChange(recorded, current)
  let report: TermsRecomputeReport | null = null
  if (cause) {
    report = await recomputeOpenTerms({ req, asOf, cause })
    // Kept as it was when a case failed, so that the next run tries again.
    if (report.errors.length > 0) return report
  }
  if (recorded?.fingerprint !== current.fingerprint) await req.payload.kv.set(HOLIDAY_LIST_KEY, current)
  return report
}
