import type { CollectionBeforeChangeHook } from 'payload'

import { actingRole } from '@/cases/actingRole'
import { caseFactsOf } from '@/cases/caseFacts'
import { caseMoveOf } from '@/cases/caseMove'
import { day } from '@/rules/calendar'
import { mergeCaseData } from '@/cases/mergeCaseData'
import type { Case } from '@/payload-types'
import { assertCaseTransition, type CasePosition } from '@/rules/cases/caseTransition'
import { smmlvOn } from '@/rules/cases/coactiveEligibility'
import { assertReasonToLeaveWorkingStages } from '@/rules/cases/closure'
import { enforceRule } from '@/utilities/enforceRule'
import { todayFor } from '@/utilities/todayFor'

/**
 * R-COB-01 and the conditions of each move: the recorded cause to suspend or terminate
 * (R-COB-15), insolvency on record (R-COB-09), eligibility, checklist, terms and competence
 * (`assertCaseTransition`). The acting user's role decides; no user is the system (the sweep).
 */
export const checkStageTransition: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context.deadlinesOnly) return data
  const c = mergeCaseData(data, originalDoc)
  const { from, to, moved } = caseMoveOf(c, originalDoc)
  if (!moved) return data
  const { debtor, lcdNotice, settings } = caseFactsOf(req, originalDoc?.id)
  const today = todayFor(req)
  enforceRule(() => {
    assertReasonToLeaveWorkingStages({
      toStage: to.stage,
      suspensionReason: c.closure.suspensionReason,
      terminationCause: c.closure.terminationCause,
      debtorInsolvent: debtor.insolvent,
    })
    assertCaseTransition({
      from,
      to,
      pausedAt: originalDoc?.pausedAt?.stage ? (originalDoc.pausedAt as CasePosition) : null,
      role: actingRole(req),
      debtorInsolvent: debtor.insolvent,
      eligibility: {
        totalDebt: c.lcd.total ?? c.capitalTotal ?? 0,
        cannotBeLocated: debtor.cannotBeLocated,
        oldestDueDate: day(c.oldestDueDate) ?? today,
        today,
        smmlv: smmlvOn(today, settings.minimumWages),
      },
      checklist: c.checklist,
      checklistContext: {
        isRecovery: Boolean(c.isRecovery),
        notifiedByNotice: Boolean(lcdNotice?.noticePostedOn),
        appealFiled: Boolean(lcdNotice?.appealFiledOn),
      },
      lcdIssuedOn: day(c.lcd.issuedOn),
      lcdNotifiedOn: day(c.lcd.notifiedOn),
      titleFinalOn: day(c.lcd.finalOn),
      paymentOrderNotifiedOn: day(c.paymentOrder.notifiedOn),
      paymentOrderResponseDeadline: day(c.paymentOrder.responseDeadline),
      pendingExceptions: (c.exceptions ?? []).filter((e) => !e.decidedOn).length,
      auctionReady: Boolean(c.auction.baseBid),
    })
  })
  return data
}
