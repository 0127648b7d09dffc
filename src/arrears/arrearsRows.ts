import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Party, Policy } from '@/payload-types'
import { arrearsBucket, pendingAmount, policyDaysPastDue } from '@/rules/arrears'
import { idOf } from '@/utilities/idOf'

export const ARREARS_POLICY_SELECT = {
  number: true,
  lineOfBusiness: true,
  type: true,
  holder: true,
  plate: true,
  premium: true,
  coverStart: true,
  issueDate: true,
  paymentDueDate: true,
  totalDue: true,
  amountPaid: true,
  clave: true,
  branch: true,
} as const

export type ArrearsRow = {
  policyId: number
  number: string
  lineOfBusiness: string
  type: string
  holderName: string | null
  holderIdNumber: string | null
  identifier: string | null
  premium: number
  daysPastDue: number
  bucket: string | null
  coverStart: string
  issueDate: string
  paymentDueDate: string
  totalDue: number
  pending: number
  clave: string
  branch: number | null
}

/**
 * R-CAR-01: one row per policy of a batch, with its holder's name and ID (read in one query per
 * batch; the holders are those of policies the user may already read).
 */
export const toArrearsRows = async (req: PayloadRequest, policies: Policy[], asOf: string): Promise<ArrearsRow[]> => {
  const holderIds = [...new Set(policies.map((p) => idOf(p.holder)).filter((id) => id !== undefined))]
  const { docs: holders } = holderIds.length
    ? await req.payload.find({
        collection: SLUGS.parties,
        where: { id: { in: holderIds } },
        select: { displayName: true, idNumber: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    : { docs: [] as Party[] }
  const byId = new Map(holders.map((h) => [String(h.id), h]))
  return policies.map((p) => {
    const holder = byId.get(String(idOf(p.holder)))
    const days = policyDaysPastDue(p, asOf)
    return {
      policyId: p.id,
      number: p.number,
      lineOfBusiness: p.lineOfBusiness,
      type: p.type,
      holderName: holder?.displayName ?? null,
      holderIdNumber: holder?.idNumber ?? null,
      // The portal's "Identificador": the plate of a vehicle policy, otherwise the holder's ID.
      identifier: p.plate ?? holder?.idNumber ?? null,
      premium: p.premium,
      daysPastDue: days,
      bucket: arrearsBucket(days),
      coverStart: p.coverStart,
      issueDate: p.issueDate,
      paymentDueDate: p.paymentDueDate,
      totalDue: p.totalDue,
      pending: pendingAmount(p),
      clave: p.clave,
      branch: (idOf(p.branch) as number | undefined) ?? null,
    }
  })
}
