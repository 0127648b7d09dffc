import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Agreement } from '@/payload-types'
import { applyAgreementPayment, assertAgreementTakesPayments } from '@/rules/agreements/agreementPayment'
import { loadLegalSettings } from '@/utilities/legalSettings'
import { day } from '@/rules/calendar'

/**
 * Step "apply": the instalments as they stand after the lock, and the pure decision of R-INT-02,
 * R-AGR-09 and R-AGR-13 on them (late interest, instalments due, advance or re-liquidation).
 */
export const applyAgreementPaymentStep = async (req: PayloadRequest, agreement: Agreement, amount: number, paidOn: string) => {
  assertAgreementTakesPayments(agreement.status)
  const { docs } = await req.payload.find({
    collection: SLUGS.agreementInstalments,
    where: { agreement: { equals: agreement.id } },
    sort: 'number',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const { moratoriumRates } = await loadLegalSettings(req)
  const result = applyAgreementPayment({
    instalments: docs.map((i) => ({ number: i.number, dueOn: day(i.dueOn)!, amount: i.amount, paidAmount: i.paidAmount ?? 0 })),
    amount,
    paidOn,
    rates: moratoriumRates,
  })
  return { rows: docs, result }
}

export type AppliedAgreementPayment = Awaited<ReturnType<typeof applyAgreementPaymentStep>>
