import type { CollectionBeforeChangeHook } from 'payload'

import { caseFactsOf } from '@/cases/caseFacts'
import { measuresChanged } from '@/cases/caseChanges'
import { day } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { assertEmbargoWithinLimit } from '@/rules/cases/embargoLimit'
import { liquidateDebt } from '@/rules/cases/interest'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

/** R-COB-14: when the measures change, those in force stay within the limit over the debt plus interest liquidated today. */
export const checkEmbargoLimit: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context.deadlinesOnly) return data
  const c = mergeCaseData(data, originalDoc)
  const measureAmounts = (c.measures ?? []).filter((m) => !m.liftedOn).map((m) => m.amount ?? 0)
  if (!measuresChanged(c, originalDoc) || measureAmounts.length === 0) return data
  const { settings } = caseFactsOf(req, originalDoc?.id)
  const lines = (c.debtLines ?? []).map((l) => ({ capital: l.capital, dueDate: day(l.dueDate)! }))
  enforceRule(() => {
    const debt = liquidateDebt({ lines, cutOffDate: todayFor(req), rates: settings.moratoriumRates })
    assertEmbargoWithinLimit({ capital: debt.capital, interest: debt.interest, measureAmounts })
  })
  return data
}
