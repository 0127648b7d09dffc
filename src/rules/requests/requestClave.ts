import { RuleViolation } from '@/rules/ruleViolation'

/**
 * R-ROL-02: an intermediary files and looks clients up only under one of its own claves;
 * insurer staff filing on a broker's behalf name any well-formed clave.
 */
export function assertClaveForFiling(input: { clave: unknown; isBroker: boolean; brokerClaves?: string[] | null }): string {
  const clave = typeof input.clave === 'string' ? input.clave.trim() : ''
  if (!/^\d{3,10}$/.test(clave)) {
    throw new RuleViolation('R-ROL-02', 'Indique la clave de intermediario con la que radica (3 a 10 dígitos).')
  }
  if (input.isBroker && !(input.brokerClaves ?? []).includes(clave)) {
    throw new RuleViolation('R-ROL-02', `La clave ${clave} no es una de sus claves de intermediario.`, 403)
  }
  return clave
}
