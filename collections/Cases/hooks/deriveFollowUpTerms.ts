import type { CollectionBeforeChangeHook } from 'payload'

import { day, storeDay } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { followUpSchedule } from '@/rules/cases/followUpContacts'

/** R-COB-06: the follow-up contacts' terms, counted from the title's finality. */
export const deriveFollowUpTerms: CollectionBeforeChangeHook<Case> = ({ data, originalDoc }) => {
  const c = mergeCaseData(data, originalDoc)
  const finalOn = day(c.lcd.finalOn)
  const schedule = finalOn ? followUpSchedule({ finalOn, firstContactOn: day(c.followUp.firstContactOn) }) : null
  data.followUp = {
    ...c.followUp,
    firstContactDeadline: storeDay(schedule?.firstContactDeadline),
    secondContactDeadline: storeDay(schedule?.secondContactDeadline),
    coactiveStartDeadline: storeDay(schedule?.coactiveStartDeadline),
  }
  return data
}
