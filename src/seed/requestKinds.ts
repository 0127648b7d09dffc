import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { DEFAULT_REQUEST_KINDS } from '@/rules/requests/requestKinds'

/**
 * R-REQ-01: makes sure the catalogue holds the default kinds and subtypes. Idempotent and
 * additive: a missing kind or subtype is added, whatever an administrator changed is left alone.
 * Independent of migrations, so the demo seed and the tests can call it at any time.
 */
export const seedRequestKinds = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  for (const kind of DEFAULT_REQUEST_KINDS) {
    const { docs } = await payload.find({
      collection: SLUGS.requestKinds,
      where: { code: { equals: kind.code } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const existing = docs[0]
    if (!existing) {
      await payload.create({
        collection: SLUGS.requestKinds,
        data: { code: kind.code, name: kind.name, active: true, subtypes: kind.subtypes ?? [] },
        depth: 0,
        overrideAccess: true,
        context: { skipAudit: true },
        req,
      })
      continue
    }
    const known = new Set((existing.subtypes ?? []).map((s) => s.code))
    const missing = (kind.subtypes ?? []).filter((s) => !known.has(s.code))
    if (missing.length === 0) continue
    await payload.update({
      collection: SLUGS.requestKinds,
      id: existing.id,
      data: { subtypes: [...(existing.subtypes ?? []), ...missing] },
      depth: 0,
      overrideAccess: true,
      context: { skipAudit: true },
      req,
    })
  }
}
