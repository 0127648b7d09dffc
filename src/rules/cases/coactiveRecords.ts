import { RuleViolation } from '@/rules/ruleViolation'
import { assertMaySign } from './competence'
import { STAGES } from './stages'

/**
 * R-COB-01 / R-ROL-05: the payment order, the exceptions, the precautionary measures and the
 * auction are recorded only in the coactive stage, and only by the executor officer. The order
 * that ends the proceeding (moving to TERMINADO) may touch them, e.g. to lift the measures.
 * `role` is null for the system itself (the sweep).
 */
export function assertCoactiveRecordsAllowed(input: {
  recordsChanged: boolean
  closingOrder: boolean
  toStage: string
  role: string | null
}): void {
  if (!input.recordsChanged || input.closingOrder) return
  if (input.role !== null) assertMaySign(input.role, 'MEDIDA_CAUTELAR')
  if (input.toStage !== STAGES.coactive) {
    throw new RuleViolation('R-COB-01', 'El mandamiento, las excepciones y las medidas cautelares solo se registran en la etapa coactiva.', 409)
  }
}
