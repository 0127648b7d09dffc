import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Party } from '@/payload-types'
import { classifyClientLookup } from '@/rules/requests/clientLookup'
import type { Identification } from '@/rules/identification'
import { POLICY_STATUS } from '@/rules/policyStatuses'

/**
 * R-REQ-02: looks a client up by its (already validated) identification within one clave's
 * portfolio. Reads as the system: the answer itself hides clients outside the clave.
 */
export const findClientForClave = async (req: PayloadRequest, id: Identification, clave: string) => {
  const { docs } = await req.payload.find({
    collection: SLUGS.parties,
    where: { and: [{ idType: { equals: id.type } }, { idNumber: { equals: id.number } }] },
    select: { idType: true, idNumber: true, checkDigit: true, firstName: true, lastName: true, businessName: true, displayName: true, claves: true, branch: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const party = (docs[0] as Party | undefined) ?? null
  const policiesInForce = party
    ? (
        await req.payload.count({
          collection: SLUGS.policies,
          where: { and: [{ holder: { equals: party.id } }, { clave: { equals: clave } }, { status: { equals: POLICY_STATUS.inForce } }] },
          overrideAccess: true,
          req,
        })
      ).totalDocs
    : 0
  return { party, policiesInForce, outcome: classifyClientLookup({ party, clave, policiesInForce }) }
}
