import type { CollectionBeforeChangeHook } from 'payload'

import { caseFactsOf } from '@/cases/caseFacts'
import { day } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { assertNewExceptionsMayRun } from '@/rules/cases/paymentOrderTerms'
import { enforceRule } from '@/utilities/enforceRule'

/** R-COB-10: exceptions this save adds run only after the payment order's notification, within 15 business days. */
export const checkNewExceptions: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context.deadlinesOnly) return data
  const c = mergeCaseData(data, originalDoc)
  const known = new Set((originalDoc?.exceptions ?? []).map((e) => String(e.id)))
  const filedOn = (c.exceptions ?? []).filter((e) => !(e.id && known.has(String(e.id)))).map((e) => day(e.filedOn)!)
  const { settings } = caseFactsOf(req, originalDoc?.id)
  enforceRule(() => assertNewExceptionsMayRun({ notifiedOn: day(c.paymentOrder.notifiedOn), filedOn }, settings.calendar))
  return data
}
