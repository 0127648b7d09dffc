import type { CollectionBeforeChangeHook } from 'payload'

import { caseFactsOf } from '@/cases/caseFacts'
import { caseSnapshot } from '@/cases/caseSnapshot'
import { storeDay } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { flagDeadline, openDeadlines } from '@/rules/cases/caseDeadlines'
import { todayFor } from '@/utilities/todayFor'

/** The next legal deadline of the case, which the worklist sorts by, and how close it is. Runs after the figures. */
export const setNextDeadline: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, req }) => {
  const today = todayFor(req)
  const { notifications } = caseFactsOf(req, originalDoc?.id)
  const next = openDeadlines(caseSnapshot(mergeCaseData(data, originalDoc), notifications), today)[0]
  data.nextDeadline = storeDay(next?.date)
  data.nextDeadlineLabel = next?.label ?? null
  data.deadlineFlag = next ? flagDeadline(next.date, today) : null
  return data
}
