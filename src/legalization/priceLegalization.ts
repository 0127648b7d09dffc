import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { LEGALIZATION_FLOW } from '@/rules/legalization/legalizationOptions'
import { priceAutomaticItems, type PolicyForLegalization } from '@/rules/legalization/legalizationItems'
import { priceManualItem } from '@/rules/legalization/manualLegalization'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

const POLICY_SELECT = {
  number: true,
  type: true,
  clave: true,
  status: true,
  premium: true,
  coverStart: true,
  totalDue: true,
  amountPaid: true,
  cancelledAt: true,
  branch: true,
  certificates: true,
} as const

type Draft = { flow?: string | null; clave?: string | null; policies?: unknown[] | null; manualPolicyNumber?: string | null }

/**
 * R-LEG-01 / R-LEG-04: the items and total of a legalization, from the policies as they are now.
 * The automatic flow reads the policies as the user (a broker reaches only its claves' policies).
 */
export const priceLegalization = async (req: PayloadRequest, draft: Draft) => {
  const clave = String(draft.clave ?? '')
  if (draft.flow === LEGALIZATION_FLOW.manual) {
    const number = String(draft.manualPolicyNumber ?? '').trim()
    const { docs } = await req.payload.find({
      collection: SLUGS.policies,
      where: { and: [{ number: { equals: number } }, { clave: { equals: clave } }] },
      select: POLICY_SELECT,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const policy = (docs[0] as unknown as PolicyForLegalization & { branch?: unknown }) ?? null
    return { ...enforceRule(() => priceManualItem({ policy, policyNumber: number, clave })), policies: policy ? [policy] : [] }
  }
  const requestedIds = (draft.policies ?? []).map((p) => idOf(p)).filter((id): id is number | string => id !== undefined)
  const { docs } = requestedIds.length
    ? await req.payload.find({
        collection: SLUGS.policies,
        where: { id: { in: requestedIds } },
        select: POLICY_SELECT,
        depth: 0,
        pagination: false,
        overrideAccess: !req.user,
        user: req.user,
        req,
      })
    : { docs: [] }
  const policies = docs as unknown as (PolicyForLegalization & { branch?: unknown })[]
  return { ...enforceRule(() => priceAutomaticItems({ requestedIds, policies, clave })), policies }
}
