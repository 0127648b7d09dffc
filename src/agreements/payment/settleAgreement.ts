import type { PayloadRequest } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import { statusAfterPayment } from '@/rules/agreements/defaultTerms'
import type { AgreementStatus } from '@/rules/agreements/statuses'
import { formatPesos } from '@/rules/money'
import { idOf } from '@/utilities/idOf'
import type { AppliedAgreementPayment } from './applyAgreementPaymentStep'

const KIND_LABELS = { CUOTA: 'a cuotas vencidas', ANTICIPO: 'anticipo de cuotas (R-AGR-09)', EXTRAORDINARIO: 'abono extraordinario: saldo reliquidado (R-AGR-09)' }

/**
 * Step "settle": the agreement's balance after the payment (fulfilled when nothing is owed; back in
 * force when it was under a demand and nothing past due is left, R-AGR-11) and
 * the payment's entry in the case file (R-COB-17), with how it was applied (R-INT-02).
 */
export const settleAgreement = async (req: PayloadRequest, agreement: Agreement, amount: number, { result }: AppliedAgreementPayment, paidOn: string) => {
  // R-AGR-11: paying every demanded instalment before the void resolution keeps the agreement in force.
  const status = result.outstanding === 0 ? 'CUMPLIDO' : (statusAfterPayment(agreement.status, result.instalments, paidOn) as AgreementStatus)
  const settled = await req.payload.update({
    collection: SLUGS.agreements,
    id: agreement.id,
    data: { outstanding: result.outstanding, ...(status !== agreement.status ? { status } : {}) },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const { toCosts, toInterest, toCapital } = result.application
  await appendCaseEvent(req, { id: idOf(agreement.case) as number, branch: agreement.branch, assignedFirm: agreement.assignedFirm }, {
    kind: 'GESTION',
    summary:
      `Pago de ${formatPesos(amount)} al acuerdo ${agreement.id}: costas ${formatPesos(toCosts)}, intereses de mora ${formatPesos(toInterest)}, ` +
      `cuotas ${formatPesos(toCapital)} (${KIND_LABELS[result.kind]}). Saldo ${formatPesos(result.outstanding)}.`,
  })
  return settled
}
