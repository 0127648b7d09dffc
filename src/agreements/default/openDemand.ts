import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { draftAgreementAct } from '@/agreements/acts/draftAgreementAct'
import { lockAgreement } from '@/agreements/payment/lockAgreement'
import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import { ACT_KINDS } from '@/rules/acts/actKinds'
import { DEMAND_BUSINESS_DAYS, demandFor } from '@/rules/agreements/defaultTerms'
import { INSTALMENT_STATUSES } from '@/rules/agreements/statuses'
import { storeDay } from '@/rules/calendar'
import { formatPesos } from '@/rules/money'
import { asSystem } from '@/utilities/asSystem'
import { toApiError } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { loadInstalmentsOwed } from './loadInstalmentsOwed'

/**
 * R-AGR-11 (001 §8.20): the demand for a missed instalment, as named steps in ONE transaction —
 * lock the agreement, decide (demandFor: in force, an instalment whose due business day ended
 * unpaid), mark the missed instalments VENCIDA, move the agreement to EN_REQUERIMIENTO with the
 * demand's date and its fifteen-business-day term, draft the demand act (PDF) and file the demand
 * in the case file (R-COB-17). Idempotent: an agreement already demanded is left as it is
 * (returns false). Runs as the system (the daily sweep; the seed calls it too).
 */
export const openDemand = async (req: PayloadRequest, agreementId: number, today: string): Promise<boolean> => {
  const startedHere = await initTransaction(req)
  try {
    const agreement = await lockAgreement(req, agreementId)
    const instalments = await loadInstalmentsOwed(req, agreementId)
    const { calendar } = await loadLegalSettings(req)
    const demand = demandFor({ status: agreement.status, instalments, today, calendar })
    if (!demand) {
      if (startedHere) await commitTransaction(req)
      return false
    }
    await asSystem(req, async () => {
      // Step "mark the missed instalments".
      for (const missed of demand.missed) {
        if (missed.row.status === INSTALMENT_STATUSES.overdue) continue
        await req.payload.update({ collection: SLUGS.agreementInstalments, id: missed.row.id, data: { status: INSTALMENT_STATUSES.overdue }, overrideAccess: true, depth: 0, req })
      }
      // Step "demand": the agreement is under a demand until the term ends.
      const demanded = (await req.payload.update({
        collection: SLUGS.agreements,
        id: agreementId,
        data: { status: 'EN_REQUERIMIENTO', demandOn: storeDay(demand.issuedOn), demandDueOn: storeDay(demand.dueOn) },
        overrideAccess: true,
        depth: 0,
        req,
      })) as Agreement
      // Step "draft the demand act".
      const act = await draftAgreementAct(req, { agreement: demanded, kind: ACT_KINDS.agreementDemand, date: today })
      // Step "file the demand" (R-COB-17).
      const owed = demand.missed.reduce((sum, i) => sum + i.amount - i.paidAmount, 0)
      await appendCaseEvent(req, { id: idOf(agreement.case) as number, branch: agreement.branch, assignedFirm: agreement.assignedFirm }, {
        kind: 'GESTION',
        summary:
          `Requerimiento por incumplimiento del acuerdo ${agreementId} (R-AGR-11): cuotas ${demand.missed.map((i) => i.number).join(', ')} vencidas sin pago ` +
          `por ${formatPesos(owed)}; ${DEMAND_BUSINESS_DAYS} días hábiles para acreditar el pago, hasta el ${demand.dueOn}.`,
        document: act.id,
      })
    })
    if (startedHere) await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    throw toApiError(error)
  }
}
