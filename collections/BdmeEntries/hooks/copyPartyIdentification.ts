import type { CollectionBeforeValidateHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { BdmeEntry } from '@/payload-types'
import { idOf } from '@/utilities/idOf'

/**
 * The debtor's identification and name as reported, copied from the party: the bulletin lists what
 * was filed even if the party's record changes later. The debtor of a report never changes.
 */
export const copyPartyIdentification: CollectionBeforeValidateHook<BdmeEntry> = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  if (operation === 'update') {
    const { party, idType, idNumber, checkDigit, name } = originalDoc ?? {}
    return { ...data, party, idType, idNumber, checkDigit, name }
  }
  const partyId = idOf(data.party)
  if (partyId === undefined) return data
  const party = await req.payload.findByID({
    collection: SLUGS.parties,
    id: partyId,
    depth: 0,
    select: { idType: true, idNumber: true, checkDigit: true, displayName: true },
    overrideAccess: !req.user,
    user: req.user ?? undefined,
    req,
  })
  return { ...data, idType: party.idType, idNumber: party.idNumber, checkDigit: party.checkDigit ?? null, name: party.displayName }
}
