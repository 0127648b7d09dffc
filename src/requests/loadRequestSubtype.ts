import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { assertSubtypeOfKind, type RequestKind, type RequestSubtype } from '@/rules/requests/requestKinds'
import { enforceRule } from '@/utilities/enforceRule'

/** R-REQ-01: the kind document and the subtype a request names, refused when not in the catalogue. */
export const loadRequestSubtype = async (
  req: PayloadRequest,
  kindId: number | string | undefined,
  subtypeCode: unknown,
): Promise<{ kind: RequestKind; subtype: RequestSubtype }> => {
  const kind =
    kindId === undefined
      ? null
      : await req.payload.findByID({
          collection: SLUGS.requestKinds,
          id: kindId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  const subtype = enforceRule(() => assertSubtypeOfKind(kind, subtypeCode))
  return { kind: kind!, subtype }
}
