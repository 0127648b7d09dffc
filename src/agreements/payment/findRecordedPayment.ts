import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { RuleViolation } from '@/rules/ruleViolation'

/**
 * The payment this Idempotency-Key already recorded, read after the lock (so a racing twin sees it);
 * a key used for another agreement is refused.
 */
export const findRecordedPayment = async (req: PayloadRequest, agreementId: number, key: string) => {
  const { docs } = await req.payload.find({ collection: SLUGS.payments, where: { idempotencyKey: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req })
  const payment = docs[0]
  if (payment && String(payment.agreement) !== String(agreementId)) {
    throw new RuleViolation('R-INT-02', 'Ese Idempotency-Key ya registró un pago de otro acuerdo; use uno nuevo.', 409)
  }
  return payment
}
