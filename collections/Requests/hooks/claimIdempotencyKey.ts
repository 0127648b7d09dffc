import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { readIdempotencyKey } from '@/http/idempotencyKey'
import { findFiledWithKey, putClaim, replayMessage } from '@/requests/requestIdempotency'
import { decideRequestReplay, idempotencyClaimOf } from '@/rules/requests/requestIdempotency'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * R-REQ-06: a user's own filing (access applies) that carries an `Idempotency-Key` header — or
 * `context.idempotencyKey` from the Local API — is filed once. A key already used by this user is
 * refused here with 409: `data.replayOf` names the first request when the body is the same (REST
 * turns that into a 200 replay, see replayIdempotentRequest), or it is a conflict when it is not.
 * System filings (a confirmed legalization's request, with overrideAccess) ignore the header.
 */
export const claimIdempotencyKey: CollectionBeforeOperationHook<'requests'> = async ({ args, operation, req }) => {
  if (operation !== 'create' || args.overrideAccess || !req.user) return args
  const key = req.context.idempotencyKey ?? readIdempotencyKey(req)
  if (!key) return args
  const claim = idempotencyClaimOf(req.user.id, key, args.data)
  putClaim(req, claim)
  const filed = await findFiledWithKey(req, claim)
  if (filed) {
    enforceRule(() => decideRequestReplay(filed, claim))
    throw new APIError(replayMessage(filed.caseNumber), 409, { rule: 'R-REQ-06', replayOf: filed.id }, true)
  }
  return args
}
