import { type PayloadHandler } from 'payload'
import { z } from 'zod'

import { checkRole } from '../../../access/checkRole'
import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import { parseInput, readJsonBody } from '@/http/parseInput'
import { requireAccess } from '@/http/requireAccess'
import { findClientForClave } from '@/requests/findClientForClave'
import { ID_TYPES, parseIdentification } from '@/rules/identification'
import { LOOKUP_RESULTS } from '@/rules/requests/clientLookup'
import { assertClaveForFiling } from '@/rules/requests/requestClave'
import { enforceRule } from '@/utilities/enforceRule'

const LookupInput = z.object({
  idType: z.enum(ID_TYPES.map((t) => t.value) as [string, ...string[]], {
    error: `idType debe ser uno de ${ID_TYPES.map((t) => t.value).join(', ')}.`,
  }),
  idNumber: z.string({ error: 'idNumber es obligatorio y va como texto.' }).trim().min(1, 'idNumber es obligatorio.').max(20),
  checkDigit: z.union([z.string(), z.number()]).optional().nullable(),
  clave: z.string({ error: 'clave es obligatoria y va como texto.' }).trim().min(1, 'clave es obligatoria.'),
})

/**
 * POST /api/requests/lookup-client — R-REQ-02: before filing, the portal looks the client up by
 * ID type + number under one of the broker's claves and gets DATOS NO ENCONTRADOS, "no policies
 * in force" or the client's name. For those who may create a request.
 */
export const lookupClient: PayloadHandler = async (req) => {
  await requireAccess(req, { collection: SLUGS.requests, operation: 'create' })
  const user = req.user!
  const input = parseInput(LookupInput, await readJsonBody(req))
  const isBroker = checkRole(user, [ROLES.broker])
  const clave = enforceRule(() =>
    assertClaveForFiling({ clave: input.clave, isBroker, brokerClaves: user.claves }),
  )
  const id = enforceRule(() =>
    parseIdentification(input.idType as never, input.idNumber, input.checkDigit ?? undefined),
  )
  const { party, outcome, policiesInForce } = await findClientForClave(req, id, clave)
  if (outcome.result === LOOKUP_RESULTS.notFound.result || !party) {
    return Response.json({ ...outcome, rule: 'R-REQ-02' })
  }
  return Response.json({
    ...outcome,
    rule: 'R-REQ-02',
    policiesInForce,
    client: {
      id: party.id,
      idType: party.idType,
      idNumber: party.idNumber,
      checkDigit: party.checkDigit ?? null,
      firstName: party.firstName ?? null,
      lastName: party.lastName ?? null,
      businessName: party.businessName ?? null,
      displayName: party.displayName ?? null,
    },
  })
}
