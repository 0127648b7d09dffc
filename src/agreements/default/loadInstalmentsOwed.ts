import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { AgreementInstalment } from '@/payload-types'
import { day } from '@/rules/calendar'

/** The agreement's instalment rows, in order, and what each owes as the default rules read it (R-AGR-11/12). */
export const loadInstalmentsOwed = async (req: PayloadRequest, agreementId: number) => {
  const { docs } = await req.payload.find({
    collection: SLUGS.agreementInstalments,
    where: { agreement: { equals: agreementId } },
    sort: 'number',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs as AgreementInstalment[]).map((row) => ({ row, number: row.number, dueOn: day(row.dueOn)!, amount: row.amount, paidAmount: row.paidAmount ?? 0 }))
}
