import type { CollectionBeforeValidateHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { loadRequestSubtype } from '@/requests/loadRequestSubtype'
import { assertPolicyPeriod, assertProductData } from '@/rules/requests/requestProduct'
import { storeDay } from '@/rules/calendar/storedDates'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import type { Request } from '@/payload-types'

/**
 * R-REQ-03: product data and the plate of a vehicle line, and the vigencia a Cartera subtype asks
 * for (within the policy's cover); the policy is linked when the clave holds it.
 */
export const checkRequestProduct: CollectionBeforeValidateHook<Request> = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const { subtype } = await loadRequestSubtype(req, idOf(merged.kind), merged.subtype)
  const product = enforceRule(() => assertProductData(merged, Boolean(subtype.needsProduct)))

  let policy: number | string | null = null
  let cover: { start?: string | null; end?: string | null } | null = null
  if (product.policyNumber) {
    const { docs } = await req.payload.find({
      collection: SLUGS.policies,
      where: { and: [{ number: { equals: product.policyNumber } }, { clave: { equals: merged.clave } }] },
      select: { number: true, coverStart: true, coverEnd: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    policy = docs[0]?.id ?? null
    cover = docs[0] ? { start: docs[0].coverStart, end: docs[0].coverEnd } : null
  }
  const period = enforceRule(() => assertPolicyPeriod({ period: merged, required: Boolean(subtype.needsPolicyPeriod), cover }))
  return {
    ...data,
    policyType: product.policyType ?? null,
    policyNumber: product.policyNumber ?? null,
    certificate: product.certificate ?? null,
    lineOfBusiness: product.lineOfBusiness ?? null,
    plate: product.plate ?? null,
    policy,
    policyPeriodFrom: storeDay(period.policyPeriodFrom),
    policyPeriodTo: storeDay(period.policyPeriodTo),
  }
}
