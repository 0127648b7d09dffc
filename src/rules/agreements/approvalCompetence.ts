import { ROLES, type Role } from '@/auth/roles'
import { STAGES } from '@/rules/cases/stages'
import { RuleViolation } from '@/rules/ruleViolation'

/** R-ROL-04: who grants an agreement before the coactive stage, with no amount limit (001 §8.5). */
export const PRE_COACTIVE_APPROVERS: Role[] = [ROLES.branchManager, ROLES.collectionsManager, ROLES.legalManager]

/**
 * R-ROL-04: before the coactive stage an agreement is approved by a branch manager, the collections
 * manager or the legal manager; once the coactive stage has started, only the executor officer.
 * `stage` is where the case works (a suspended case: the stage it stopped in).
 */
export function assertMayApproveAgreement(input: { role: string | null | undefined; stage: string }): void {
  if (input.stage === STAGES.coactive) {
    if (input.role !== ROLES.executorOfficer) {
      throw new RuleViolation('R-ROL-04', 'El expediente está en etapa coactiva: solo el funcionario ejecutor puede conceder el acuerdo de pago.', 403)
    }
    return
  }
  if (!input.role || !(PRE_COACTIVE_APPROVERS as string[]).includes(input.role)) {
    throw new RuleViolation(
      'R-ROL-04',
      'Antes del cobro coactivo aprueban el acuerdo de pago un Gerente de Sucursal, el Gerente de Recaudo y Cartera o el Gerente Jurídico.',
      403,
    )
  }
}
