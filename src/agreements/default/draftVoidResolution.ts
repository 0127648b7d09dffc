import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { draftAgreementAct } from '@/agreements/acts/draftAgreementAct'
import { lockAgreement } from '@/agreements/payment/lockAgreement'
import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { ACT_KINDS } from '@/rules/acts/actKinds'
import { voidResolutionFor } from '@/rules/agreements/defaultTerms'
import { day } from '@/rules/calendar'
import { formatPesos } from '@/rules/money'
import { RuleViolation } from '@/rules/ruleViolation'
import { asSystem } from '@/utilities/asSystem'
import { toApiError } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import { loadInstalmentsOwed } from './loadInstalmentsOwed'

/**
 * R-AGR-12 (001 §8.21): once the demand's term has passed with instalments unpaid, the resolution
 * declaring the agreement void is drafted (PDF) for the competent role to sign (R-ROL-04), in one
 * transaction: lock, decide (voidResolutionFor), draft and link the act, file it in the case file.
 * Idempotent: an agreement whose resolution is already drafted, or whose term still runs, or that
 * was paid, is left as it is (returns false). The agreement stays EN_REQUERIMIENTO until signed.
 */
export const draftVoidResolution = async (req: PayloadRequest, agreementId: number, today: string): Promise<boolean> => {
  const startedHere = await initTransaction(req)
  try {
    const agreement = await lockAgreement(req, agreementId)
    const instalments = await loadInstalmentsOwed(req, agreementId)
    let decision: ReturnType<typeof voidResolutionFor> | null = null
    if (agreement.status === 'EN_REQUERIMIENTO' && !agreement.voidResolutionAct) {
      try {
        decision = voidResolutionFor({ today, demandDueOn: day(agreement.demandDueOn), instalments })
      } catch (error) {
        if (!(error instanceof RuleViolation)) throw error
      }
    }
    if (!decision) {
      if (startedHere) await commitTransaction(req)
      return false
    }
    const found = decision
    await asSystem(req, async () => {
      const act = await draftAgreementAct(req, { agreement, kind: ACT_KINDS.agreementVoid, date: today })
      await appendCaseEvent(req, { id: idOf(agreement.case) as number, branch: agreement.branch, assignedFirm: agreement.assignedFirm }, {
        kind: 'GESTION',
        summary:
          `Vencido el ${day(agreement.demandDueOn)} el término del requerimiento sin pago de las cuotas ${found.unpaidInstalments.map((i) => i.number).join(', ')}: ` +
          `se proyecta la resolución que declara sin vigencia el acuerdo ${agreementId} (R-AGR-12), saldo ${formatPesos(found.outstanding)}, para firma.`,
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
