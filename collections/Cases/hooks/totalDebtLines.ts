import type { CollectionBeforeChangeHook } from 'payload'

import { day, storeDay } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { DEBT_CONCEPT } from '@/rules/cases/caseOptions'

/** The debt's capital total, its oldest due date (the LCD term counts from it) and whether it is a recovery. */
export const totalDebtLines: CollectionBeforeChangeHook<Case> = ({ data, originalDoc }) => {
  const lines = mergeCaseData(data, originalDoc).debtLines ?? []
  const oldest = lines.map((l) => day(l.dueDate)).filter(Boolean).sort()[0] ?? null
  data.capitalTotal = lines.reduce((sum, l) => sum + (l.capital ?? 0), 0)
  data.oldestDueDate = storeDay(oldest)
  data.isRecovery = lines.some((l) => l.concept === DEBT_CONCEPT.recovery)
  return data
}
