import { RuleViolation } from '@/rules/ruleViolation'

/** R-AGR-02: neither the debtor nor the third party who asks may be reported in the BDME (001 §8.3). */
export function assertNotOnBdme(input: { debtorOnBdme: boolean; thirdPartyOnBdme: boolean }): void {
  if (input.debtorOnBdme) {
    throw new RuleViolation('R-AGR-02', 'El deudor está reportado en el Boletín de Deudores Morosos del Estado (BDME): no se concede acuerdo de pago.', 409)
  }
  if (input.thirdPartyOnBdme) {
    throw new RuleViolation('R-AGR-02', 'El tercero solicitante está reportado en el Boletín de Deudores Morosos del Estado (BDME): no se concede acuerdo de pago.', 409)
  }
}
