import { RuleViolation } from '@/rules/ruleViolation'

/**
 * R-COB-17: the signed LCD is a document of the file; its cut-off (and so its figures) does not
 * change once it is issued. Dates are compared as days (`YYYY-MM-DD`).
 */
export function assertSignedLcdCutOffKept(input: { issuedOn: string | null; storedCutOff: string | null; requestedCutOff: string | null }): void {
  if (input.issuedOn && input.requestedCutOff !== input.storedCutOff) {
    throw new RuleViolation('R-COB-17', 'La LCD ya está firmada: su fecha de corte no se puede cambiar.', 409, { path: 'lcd.cutOffDate' })
  }
}
