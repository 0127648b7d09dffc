import { RuleViolation } from '@/rules/ruleViolation'
import { STAGES } from './stages'

/**
 * R-COB-15: a case is suspended or terminated only with its recorded cause. R-COB-09: it goes to
 * the insolvency team only when the debtor has an insolvency proceeding on record.
 */
export function assertReasonToLeaveWorkingStages(input: {
  toStage: string
  suspensionReason: string | null | undefined
  terminationCause: string | null | undefined
  debtorInsolvent: boolean
}): void {
  if (input.toStage === STAGES.suspended && !input.suspensionReason) {
    throw new RuleViolation('R-COB-15', 'Indique la causa de la suspensión (acuerdo de pago firmado u orden judicial).', 400, {
      path: 'closure.suspensionReason',
    })
  }
  if (input.toStage === STAGES.terminated && !input.terminationCause) {
    throw new RuleViolation('R-COB-15', 'Indique la causa de terminación del proceso.', 400, { path: 'closure.terminationCause' })
  }
  if (input.toStage === STAGES.insolvency && !input.debtorInsolvent) {
    throw new RuleViolation('R-COB-09', 'El deudor no tiene registrado un proceso de insolvencia.', 409)
  }
}
