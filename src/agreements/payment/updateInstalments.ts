import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { lateInterestPaidBy } from '@/rules/agreements/agreementPayment'
import type { AppliedAgreementPayment } from './applyAgreementPaymentStep'

/** Step "update the instalments": what each one now owes and has paid, one row after another. */
export const updateInstalments = async (req: PayloadRequest, { rows, result }: AppliedAgreementPayment) => {
  const interestPaid = lateInterestPaidBy(result.instalments, result.application.toInterest)
  for (const after of result.instalments) {
    const row = rows.find((r) => r.number === after.number)!
    const lateInterestPaid = (row.lateInterestPaid ?? 0) + (interestPaid.get(after.number) ?? 0)
    const unchanged =
      row.amount === after.amount && row.paidAmount === after.paidAmount && row.status === after.status && row.lateInterestPaid === lateInterestPaid
    if (unchanged) continue
    await req.payload.update({
      collection: SLUGS.agreementInstalments,
      id: row.id,
      data: { amount: after.amount, paidAmount: after.paidAmount, status: after.status, lateInterestPaid },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}
