import type { CollectionBeforeChangeHook } from 'payload'

import { agreementFactsOf } from '@/agreements/agreementFacts'
import { isBeingDecided, mergeAgreementData, statusMoveOf } from '@/agreements/agreementSave'
import { day, storeDay } from '@/rules/calendar'
import type { Agreement } from '@/payload-types'
import {
  MAX_REQUIREMENT_CALENDAR_DAYS,
  analysisDeadline,
  assertRejectionReasons,
  perfectionDeadline,
  rejectionNoticeDeadline,
  requirementsDeadline,
  type GuaranteeClass,
} from '@/rules/agreements/analysisTerms'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

/**
 * R-AGR-06: ten business days to analyse from the request; when requirements are asked, at most ten
 * calendar days to supply them and one or three months to perfect the guarantees; a rejection
 * states its reasons and is communicated within five business days of the term.
 */
export const deriveAnalysisTerms: CollectionBeforeChangeHook<Agreement> = ({ data, originalDoc, req }) => {
  const { from, to } = statusMoveOf(data, originalDoc)
  if (!isBeingDecided(from)) return data
  const { calendar } = agreementFactsOf(req, originalDoc?.id).settings
  const a = mergeAgreementData(data, originalDoc)
  const today = todayFor(req)
  enforceRule(() => {
    const analysisDueOn = analysisDeadline(day(a.requestedOn) ?? today, calendar)
    data.analysisDueOn = storeDay(analysisDueOn)
    if (to === 'REQUISITOS_PENDIENTES' && from !== to) {
      const days = a.requirementsDays ?? MAX_REQUIREMENT_CALENDAR_DAYS
      data.requirementsDays = days
      data.requirementsAskedOn = storeDay(today)
      data.requirementsDueOn = storeDay(requirementsDeadline({ askedOn: today, days, calendar }))
      data.perfectionDueOn = storeDay(perfectionDeadline(today, (a.guaranteeClass ?? 'NINGUNA') as GuaranteeClass))
    }
    data.rejectionDueOn = storeDay(rejectionNoticeDeadline(day(data.requirementsDueOn ?? a.requirementsDueOn) ?? analysisDueOn, calendar))
    if (to === 'RECHAZADO') assertRejectionReasons(a.rejectionReasons)
  })
  return data
}
