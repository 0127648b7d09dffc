import type { CollectionBeforeChangeHook } from 'payload'

import { caseFactsOf } from '@/cases/caseFacts'
import { storeDay } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'

/**
 * The payment order's amount (the signed LCD's total, set when the order is issued and kept after)
 * and the dates its notification record gives it: notified, and the 15 days to answer (R-COB-10).
 */
export const derivePaymentOrderFigures: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, req }) => {
  const c = mergeCaseData(data, originalDoc)
  const notice = caseFactsOf(req, originalDoc?.id).paymentOrderNotice
  data.paymentOrder = {
    ...c.paymentOrder,
    amount: c.paymentOrder.issuedOn ? (originalDoc?.paymentOrder?.amount ?? c.lcd.total ?? c.capitalTotal) : null,
    notifiedOn: storeDay(notice?.notifiedOn),
    responseDeadline: storeDay(notice?.responseDeadline),
  }
  return data
}
