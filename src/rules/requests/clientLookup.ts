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
