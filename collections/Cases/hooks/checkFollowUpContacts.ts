import type { CollectionBeforeChangeHook } from 'payload'

import { day } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { assertFollowUpContactsAllowed } from '@/rules/cases/followUpContacts'
import { enforceRule } from '@/utilities/enforceRule'

/** R-COB-06: follow-up contacts are recorded after the LCD is final, each in its window (refused on the field). */
export const checkFollowUpContacts: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context.deadlinesOnly) return data
  const c = mergeCaseData(data, originalDoc)
  enforceRule(() =>
    assertFollowUpContactsAllowed({
      finalOn: day(c.lcd.finalOn),
      firstContactOn: day(c.followUp.firstContactOn),
      secondContactOn: day(c.followUp.secondContactOn),
    }),
  )
  return data
}
