import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isBeingDecided, mergeAgreementData, statusMoveOf } from '@/agreements/agreementSave'
import { scheduleOf } from '@/agreements/scheduleOf'
import type { Agreement } from '@/payload-types'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

/** R-AGR-08: the terms must make a schedule (a whole number of periods, amounts that add up) before anything is written. */
export const checkInstalmentSchedule: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  if (!isBeingDecided(statusMoveOf(data, originalDoc).from)) return data
  const { settings } = agreementFactsOf(req, originalDoc?.id)
  enforceRule(() => scheduleOf(mergeAgreementData(data, originalDoc), todayFor(req), settings.calendar))
  return data
}
