import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { IdempotencyClaim } from '@/rules/requests/requestIdempotency'

/** The Idempotency-Key claim of the request being filed in this call, shared by the Requests hooks. */
export const claimIn = (req: PayloadRequest): IdempotencyClaim | undefined => req.context.requestIdempotency

export const putClaim = (req: PayloadRequest, claim: IdempotencyClaim) => {
  req.context.requestIdempotency = claim
}

/** What a retry is told: its request was filed already, under this case number. */
export const replayMessage = (caseNumber: string | null | undefined) =>
  `R-REQ-06: Esta solicitud ya se radicó con ese Idempotency-Key (caso ${caseNumber ?? 'en creación de número de caso'}); no se radica otra.`

/** The request already filed under a claim's key, with its body's fingerprint (both hidden fields). */
export const findFiledWithKey = async (req: PayloadRequest, claim: IdempotencyClaim) => {
  const { docs } = await req.payload.find({
    collection: SLUGS.requests,
    where: { idempotencyKey: { equals: claim.key } },
    select: { caseNumber: true, idempotencyFingerprint: true },
    showHiddenFields: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const filed = docs[0]
  return filed && { id: filed.id, caseNumber: filed.caseNumber, fingerprint: filed.idempotencyFingerprint }
}
