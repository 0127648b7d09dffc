import type { CollectionBeforeChangeHook } from 'payload'

import { day, storeDay } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { defaultNoticeDeadline } from '@/rules/cases/persuasiveNotices'

/** R-COB-02: the deadline of the default notice follows from when the default arose and was identified. */
export const deriveDefaultNoticeDeadline: CollectionBeforeChangeHook<Case> = ({ data, originalDoc }) => {
  const notice = mergeCaseData(data, originalDoc).defaultNotice
  const arisenOn = day(notice.arisenOn)
  const identifiedOn = day(notice.identifiedOn)
  data.defaultNotice = {
    ...notice,
    deadline: arisenOn && identifiedOn ? storeDay(defaultNoticeDeadline({ arisenOn, identifiedOn })) : null,
  }
  return data
}
