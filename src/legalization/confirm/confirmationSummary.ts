import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Legalization } from '@/payload-types'
import { formatPesos } from '@/rules/money'
import { idOf } from '@/utilities/idOf'

/** The confirmation the broker sees (R-LEG-05), the same for the first answer and a replay. */
export const confirmationSummary = async (req: PayloadRequest, legalization: Legalization) => {
  const { docs: payments } = await req.payload.find({
    collection: SLUGS.payments,
    where: { legalization: { equals: legalization.id } },
    select: { kind: true, amount: true, paidOn: true },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const requestId = idOf(legalization.request)
  const request = requestId
    ? await req.payload.findByID({ collection: SLUGS.requests, id: requestId, select: { caseNumber: true, status: true }, depth: 0, overrideAccess: true, req })
    : null
  return {
    message: `Legalización confirmada: ${formatPesos(legalization.total ?? 0)} en ${payments.length} medio(s) de pago.`,
    legalization: { id: legalization.id, status: legalization.status, total: legalization.total, confirmedAt: legalization.confirmedAt },
    // R-LEG-06: the summary's lines — Nº Póliza, Rec o Doc, Valor.
    lines: (legalization.items ?? []).map((i) => ({ policyNumber: i.policyNumber, receipts: i.receipts ?? null, amount: i.amount })),
    payments: payments.map((p) => ({ id: p.id, kind: p.kind, amount: p.amount, paidOn: p.paidOn })),
    request: request ? { id: request.id, caseNumber: request.caseNumber, status: request.status } : null,
  }
}
