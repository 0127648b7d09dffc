import type { CollectionBeforeValidateHook } from 'payload'

import { findClientForClave } from '@/requests/findClientForClave'
import { loadRequestSubtype } from '@/requests/loadRequestSubtype'
import { LOOKUP_RESULTS, assertClientIdTypeGiven, assertClientOfClave } from '@/rules/requests/clientLookup'
import { parseIdentification, type IdType } from '@/rules/identification'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import type { Request } from '@/payload-types'

/**
 * R-REQ-02: the client is named by ID type + number, must belong to the request's clave, and
 * fills in the link to the party and its name. Subtypes without a client (Comisiones) skip it.
 */
export const resolveRequestClient: CollectionBeforeValidateHook<Request> = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const clientChanged =
    operation === 'create' ||
    merged.clientIdType !== originalDoc?.clientIdType ||
    merged.clientIdNumber !== originalDoc?.clientIdNumber
  if (!clientChanged) return data

  const { subtype } = await loadRequestSubtype(req, idOf(merged.kind), merged.subtype)
  const given = Boolean(merged.clientIdType || merged.clientIdNumber)
  if (!subtype.needsClient && !given) {
    return { ...data, client: null, clientName: null, clientIdType: null, clientIdNumber: null, clientCheckDigit: null }
  }
  enforceRule(() => assertClientIdTypeGiven(merged.clientIdType))
  const id = enforceRule(() =>
    parseIdentification(merged.clientIdType as IdType, String(merged.clientIdNumber ?? ''), merged.clientCheckDigit),
  )
  const { party, outcome } = await findClientForClave(req, id, String(merged.clave))
  const found = Boolean(party) && outcome.result !== LOOKUP_RESULTS.notFound.result
  enforceRule(() => assertClientOfClave({ found, idType: id.type, idNumber: id.number, clave: String(merged.clave) }))
  return {
    ...data,
    clientIdType: id.type,
    clientIdNumber: id.number,
    clientCheckDigit: id.checkDigit ?? null,
    client: party!.id,
    clientName: party!.displayName ?? null,
  }
}
