import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '../../../src/agreements/agreementFacts'
import { isBeingDecided, mergeAgreementData, statusMoveOf } from '../../../src/agreements/agreementSave'
import { scheduleOf } from '../../../src/agreements/scheduleOf'
import type { Agreement } from '../../../src/payload-types'
import { enforceRule } from '../../../src/utilities/enforceRule'
import { todayFor } from '../../../src/utilities/todayFor'

/** R-AGR-08: the terms must make a schedule (a whole number of periods, amounts that add up) before anything is written. */
export const checkInstalmentSchedule: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  if (!isBeingDecided(statusMoveOf(data, originalDoc).from)) return data
  const { settings } = agreementFactsOf(req, originalDoc?.id)
  enforceRule(() => scheduleOf(mergeAgreementData(data, originalDoc), todayFor(req), settings.calendar))
  return data
}
