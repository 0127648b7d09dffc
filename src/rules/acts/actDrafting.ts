import { RuleViolation } from '@/rules/ruleViolation'
import { actKindLabel, actsForStage, type ActKind } from './actKinds'

/** Issue 11: an act is drafted only in the stage it belongs to (e.g. no payment order before the coactive stage). */
export function assertActFitsStage(kind: ActKind, stage: string | null | undefined): void {
  if (!actsForStage(stage).includes(kind)) {
    throw new RuleViolation('R-COB-01', `${actKindLabel(kind)} no se expide en la etapa ${stage ?? 'actual'} del expediente.`, 409)
  }
}
