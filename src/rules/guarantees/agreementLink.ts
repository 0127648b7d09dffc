import { RuleViolation } from '@/rules/ruleViolation'

/** R-GAR-02: a guarantee backs an agreement of the case whose debt it secures, never another case's. */
export const assertGuaranteeOnAgreementCase = (input: { guaranteeCase: number | string; agreementCase: number | string }): void => {
  if (String(input.guaranteeCase) === String(input.agreementCase)) return
  throw new RuleViolation('R-GAR-02', 'La garantía respalda un acuerdo de pago de su mismo expediente.', 400, { path: 'agreement' })
}
