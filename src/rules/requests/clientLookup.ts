import { RuleViolation } from '@/rules/ruleViolation'

/** R-REQ-02: what the portal shows after looking a client up under a clave. */
export const LOOKUP_RESULTS = {
  notFound: { result: 'DATOS_NO_ENCONTRADOS', message: 'DATOS NO ENCONTRADOS' },
  noPolicies: {
    result: 'SIN_POLIZAS_VIGENTES',
    message: 'El cliente está registrado pero no tiene pólizas asociadas o vigentes en esta cartera.',
  },
  found: { result: 'ENCONTRADO', message: 'Cliente encontrado.' },
} as const

export type LookupResult = (typeof LOOKUP_RESULTS)[keyof typeof LOOKUP_RESULTS]['result']

/**
 * R-REQ-02: a client the clave does not reach reads exactly like an unknown one (the answer never
 * reveals that the person exists in another broker's portfolio).
 */
export function classifyClientLookup(input: {
  party: { claves?: string[] | null } | null | undefined
  clave: string
  policiesInForce: number
}): (typeof LOOKUP_RESULTS)[keyof typeof LOOKUP_RESULTS] {
  const { party, clave, policiesInForce } = input
  if (!party || !(party.claves ?? []).includes(clave)) return LOOKUP_RESULTS.notFound
  if (policiesInForce === 0) return LOOKUP_RESULTS.noPolicies
  return LOOKUP_RESULTS.found
}

/** R-REQ-02: a request names its client by ID type and number; the type comes first. */
export function assertClientIdTypeGiven(idType: string | null | undefined): void {
  if (!idType) throw new RuleViolation('R-REQ-02', 'Indique el tipo de identificación del cliente.', 400, { path: 'clientIdType' })
}

/**
 * R-REQ-02: a request is filed only for a client of its clave; any other answers like an unknown
 * one (DATOS NO ENCONTRADOS), so the refusal never reveals another broker's client.
 */
export function assertClientOfClave(input: { found: boolean; idType: string; idNumber: string; clave: string }): void {
  if (!input.found) {
    throw new RuleViolation(
      'R-REQ-02',
      `${LOOKUP_RESULTS.notFound.message}: el cliente ${input.idType} ${input.idNumber} no está asociado a la clave ${input.clave}.`,
      400,
      { path: 'clientIdNumber' },
    )
  }
}
