import { RuleViolation } from '@/rules/ruleViolation'
import { actKindLabel, actsForStage, type ActKind } from './actKinds'

/** Issue 11: an act is drafted only in the stage it belongs to (e.g. no payment order before the coactive stage). */
export function assertActFitsStage(kind: ActKind, stage: string | null | undefined): void {
  if (!actsForStage(stage).includes(kind)) {
    throw new RuleViolation('R-COB-01', `${actKindLabel(kind)} no se expide en la etapa ${stage ?? 'actual'} del expediente.`, 409)
  }
}

/**
 * R-AGR-07/11/12: an agreement's act is drafted from an agreement in the matching state: the
 * agreement once granted, the demand once the agreement is demanded (R-AGR-11), the void resolution
 * while the demand stands (R-AGR-12 then checks its term has passed).
 */
export function assertAgreementActFits(kind: ActKind, status: string | null | undefined): void {
  const fits =
    kind === 'ACUERDO_DE_PAGO'
      ? ['APROBADO', 'EN_REQUERIMIENTO', 'SIN_VIGENCIA', 'CUMPLIDO'].includes(status ?? '')
      : kind === 'REQUERIMIENTO_INCUMPLIMIENTO' || kind === 'RESOLUCION_SIN_VIGENCIA'
        ? status === 'EN_REQUERIMIENTO'
        : true
  if (!fits) {
    const rule = kind === 'ACUERDO_DE_PAGO' ? 'R-AGR-07' : kind === 'REQUERIMIENTO_INCUMPLIMIENTO' ? 'R-AGR-11' : 'R-AGR-12'
    throw new RuleViolation(rule, `${actKindLabel(kind)} no se expide: el acuerdo de pago está en estado ${status ?? 'desconocido'}.`, 409)
  }
}
