import { ValidationError, type CollectionConfig } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { claimIn, findFiledWithKey, replayMessage } from '@/requests/requestIdempotency'
import { decideRequestReplay } from '@/rules/requests/requestIdempotency'
import { RuleViolation } from '@/rules/ruleViolation'

type AfterErrorHook = NonNullable<NonNullable<CollectionConfig['hooks']>['afterError']>[number]

/** Whether a filing failed because its key was already taken: found up front, or by the unique index under a race. */
const keyAlreadyTaken = (error: unknown): boolean => {
  if (error instanceof ValidationError) return error.data.errors.some((e) => e.path === 'idempotencyKey')
  return Boolean((error as { data?: { replayOf?: unknown } }).data?.replayOf)
}

/**
 * R-REQ-06 over REST: a POST /api/requests whose Idempotency-Key this user already filed answers
 * the first request (200, `replayed: true`, same id) instead of filing it twice; the same key with
 * another body answers 409. GraphQL and the Local API get claimIdempotencyKey's 409 with `replayOf`.
 */
export const replayIdempotentRequest: AfterErrorHook = async ({ error, req }) => {
  const claim = claimIn(req)
  if (!claim || !keyAlreadyTaken(error)) return
  // The failed filing's transaction is gone; this reads what the winning one committed.
  const filed = await findFiledWithKey(req, claim)
  if (!filed) return
  try {
    decideRequestReplay(filed, claim)
  } catch (refusal) {
    if (!(refusal instanceof RuleViolation)) throw refusal
    const { ruleId, message } = refusal
    const text = `${ruleId}: ${message}`
    return { response: { errors: [{ message: text, data: { rule: ruleId } }], message: text }, status: 409 }
  }
  const doc = await req.payload.findByID({
    collection: SLUGS.requests,
    id: filed.id,
    depth: req.query?.depth === undefined ? undefined : Number(req.query.depth),
    overrideAccess: false,
    user: req.user,
    req,
  })
  return {
    response: { doc, message: replayMessage(doc.caseNumber), replayed: true },
    status: 200,
  }
}
