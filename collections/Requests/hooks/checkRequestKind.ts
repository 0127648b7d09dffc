import type { CollectionBeforeValidateHook } from 'payload'

import { loadRequestSubtype } from '@/requests/loadRequestSubtype'
import { requestTitle } from '@/rules/requests/requestKinds'
import { idOf } from '@/utilities/idOf'
import type { Request } from '@/payload-types'

/** R-REQ-01: kind and subtype come from the catalogue; the request keeps their names as its title. */
export const checkRequestKind: CollectionBeforeValidateHook<Request> = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  const kindId = idOf(data.kind ?? originalDoc?.kind)
  const subtypeCode = data.subtype ?? originalDoc?.subtype
  const unchanged =
    operation === 'update' &&
    String(kindId) === String(idOf(originalDoc?.kind)) &&
    subtypeCode === originalDoc?.subtype
  if (unchanged) return data
  const { kind, subtype } = await loadRequestSubtype(req, kindId, subtypeCode)
  return { ...data, kind: kindId, subtype: subtype.code, title: requestTitle(kind, subtype) }
}
