import { RuleViolation } from '@/rules/ruleViolation'
import { STAGES, firstSubStateOf } from './stages'

/**
 * R-COB-01: every case opens in persuasive collection, in its first sub-state. R-COB-09: no case
 * is opened against a debtor in an insolvency proceeding; the debtor goes to the insolvency team.
 */
export function assertCaseOpening(input: { stage: string | null | undefined; subState: string | null | undefined; debtorInsolvent: boolean }): void {
  if (input.stage !== STAGES.persuasive || input.subState !== firstSubStateOf(STAGES.persuasive)) {
    throw new RuleViolation('R-COB-01', 'Todo expediente empieza en cobro persuasivo.', 409)
  }
  if (input.debtorInsolvent) {
    throw new RuleViolation('R-COB-09', 'El deudor está en un proceso de insolvencia: no se abre cobro, se remite al equipo de insolvencia.', 409)
  }
}
