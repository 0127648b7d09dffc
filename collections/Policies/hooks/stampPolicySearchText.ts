import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Policy } from '@/payload-types'
import { policySearchText } from '@/rules/arrearsSearch'
import { idOf } from '@/utilities/idOf'

/** R-CAR-03: the arrears module's search text, from the policy and its holder as they are now. */
export const stampPolicySearchText: CollectionBeforeChangeHook<Policy> = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const holderId = idOf(merged.holder)
  const holder = holderId
    ? await req.payload.findByID({
        collection: SLUGS.parties,
        id: holderId,
        select: { displayName: true, idNumber: true },
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    : null
  return {
    ...data,
    searchText: policySearchText({
      number: merged.number,
      plate: merged.plate,
      clave: merged.clave,
      holderName: holder?.displayName,
      holderIdNumber: holder?.idNumber,
    }),
  }
}
