import type { FieldHook } from 'payload'

import type { Case } from '@/payload-types'
import { day } from '@/rules/calendar'
import { flagDeadline } from '@/rules/cases/caseDeadlines'
import { todayFor } from '@/utilities/todayFor'

/**
 * The deadline alert as it stands today, on every read (list cell, case page, REST, GraphQL): the
 * stored flag is only as fresh as the last save or sweep, so a term due yesterday would still read
 * "En término" until the next sweep. Computed from the stored next deadline with the same rule the
 * worklist and the sweep use (`flagDeadline`), so every view tells the same truth.
 */
export const flagDeadlineAsOfToday: FieldHook<Case, Case['deadlineFlag']> = ({ siblingData, value, req }) => {
  if (!siblingData || !('nextDeadline' in siblingData)) return value
  const next = day(siblingData.nextDeadline)
  return next ? flagDeadline(next, todayFor(req)) : null
}
