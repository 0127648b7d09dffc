import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { RuleViolation } from '@/rules/ruleViolation'

/** R-LEG-05: an Idempotency-Key names one confirmation; the same key on another legalization is a mistake. */
export const refuseReusedKey = async (req: PayloadRequest, key: string) => {
  const reused = await req.payload.count({ collection: SLUGS.legalizations, where: { idempotencyKey: { equals: key } }, overrideAccess: true, req })
  if (reused.totalDocs > 0) {
    throw new RuleViolation('R-LEG-05', 'Ese Idempotency-Key ya confirmó otra legalización; use uno nuevo.', 409)
  }
}
