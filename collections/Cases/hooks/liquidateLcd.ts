import type { CollectionBeforeChangeHook } from 'payload'

import { caseFactsOf } from '@/cases/caseFacts'
import { day, storeDay } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { liquidateDebt } from '@/rules/cases/interest'
import { lcdDeadline } from '@/rules/cases/lcdDeadline'
import { enforceRule } from '@/utilities/enforceRule'

type LcdFigures = { capital: number | null; interest: number | null; total: number | null }

/**
 * The LCD: its limit date (R-COB-03), its liquidation at the cut-off (R-INT-01, frozen once
 * signed) and the dates its notification records give it (notified, final).
 */
export const liquidateLcd: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, req }) => {
  const c = mergeCaseData(data, originalDoc)
  const { settings, lcdNotice } = caseFactsOf(req, originalDoc?.id)
  const oldest = day(c.oldestDueDate)
  const lines = (c.debtLines ?? []).map((l) => ({ capital: l.capital, dueDate: day(l.dueDate)!, concept: l.concept }))
  const cutOffDate = day(c.lcd.cutOffDate)
  const signed = Boolean(originalDoc?.lcd?.signedBy) || Boolean(originalDoc?.lcd?.issuedOn)
  let figures: LcdFigures = { capital: null, interest: null, total: null }
  if (signed) {
    figures = { capital: originalDoc?.lcd?.capital ?? null, interest: originalDoc?.lcd?.interest ?? null, total: originalDoc?.lcd?.total ?? null }
  } else if (cutOffDate && lines.length > 0) {
    figures = enforceRule(() => liquidateDebt({ lines, cutOffDate, rates: settings.moratoriumRates }))
  }
  data.lcd = {
    ...c.lcd,
    limitDate: oldest ? storeDay(lcdDeadline(oldest)) : null,
    capital: figures.capital,
    interest: figures.interest,
    total: figures.total,
    notifiedOn: storeDay(lcdNotice?.notifiedOn),
    finalOn: storeDay(lcdNotice?.finalOn),
  }
  return data
}
