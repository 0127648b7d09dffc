import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { applyPaymentToCertificates, type Certificate } from '@/rules/policyCertificates'
import { enforceRule } from '@/utilities/enforceRule'
import type { PricedConfirmation } from './priceConfirmation'

/**
 * Step "credit certificates" (R-CAR-04): each policy's amount pays its certificates oldest due first;
 * the policy's amount paid, status and due date follow from them (collections/Policies reconcilePolicyCertificates).
 */
export const creditCertificates = async (req: PayloadRequest, priced: PricedConfirmation) => {
  for (const item of priced.items) {
    const policy = priced.policies.find((p) => String(p.id) === String(item.policy))! as { certificates?: Certificate[] | null }
    const certificates = enforceRule(() => applyPaymentToCertificates(policy.certificates ?? [], item.amount))
    await req.payload.update({
      collection: SLUGS.policies,
      id: item.policy,
      data: { certificates: certificates as never },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}
