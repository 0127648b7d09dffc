import { ROLES, type Role } from '@/auth/roles'
import { RuleViolation } from '@/rules/ruleViolation'
import { PRE_COACTIVE_APPROVERS } from '@/rules/agreements/approvalCompetence'
import { STAGES } from '@/rules/cases/stages'
import { actKindLabel, isAgreementAct, isCoactiveAct, type ActKind } from './actKinds'

const PRE_LEGAL_SIGNERS: Role[] = [ROLES.branchManager, ROLES.collectionsManager]

/**
 * R-ROL-04: the acts of a payment agreement (the agreement, its demand, the resolution voiding it)
 * are signed by whoever grants agreements in the stage the case works in (`stage`: for a suspended
 * case, the one it stopped in): the executor officer in the coactive stage; before it a branch
 * manager, the collections manager or the legal manager.
 */
function assertMaySignAgreementAct(role: string | null | undefined, kind: ActKind, stage: string | null | undefined): void {
  const act = actKindLabel(kind)
  if (stage === STAGES.coactive) {
    if (role !== ROLES.executorOfficer) {
      throw new RuleViolation('R-ROL-04', `El expediente está en etapa coactiva: solo el funcionario ejecutor firma este acto (${act}).`, 403)
    }
    return
  }
  if (!role || !(PRE_COACTIVE_APPROVERS as string[]).includes(role)) {
    throw new RuleViolation(
      'R-ROL-04',
      `Antes del cobro coactivo firman este acto (${act}) un Gerente de Sucursal, el Gerente de Recaudo y Cartera o el Gerente Jurídico.`,
      403,
    )
  }
}

/**
 * Who signs a generated act. R-ROL-04: the acts of a payment agreement, by stage (above). R-ROL-05: in the coactive proceeding (payment order, decisions on
 * exceptions, auction, and any notice drafted in that stage) only the executor officer. R-ROL-03:
 * before it, a branch manager or the collections manager; an external firm may draft, never sign.
 */
export function assertMaySignAct(input: { role: string | null | undefined; kind: ActKind; stage: string | null | undefined }): void {
  if (isAgreementAct(input.kind)) return assertMaySignAgreementAct(input.role, input.kind, input.stage)
  const act = actKindLabel(input.kind)
  if (isCoactiveAct(input.kind, input.stage)) {
    if (input.role !== ROLES.executorOfficer) {
      throw new RuleViolation('R-ROL-05', `Solo el funcionario ejecutor firma este acto del proceso coactivo (${act}).`, 403)
    }
    return
  }
  if (!input.role || !(PRE_LEGAL_SIGNERS as string[]).includes(input.role)) {
    const who = input.role === ROLES.externalFirm ? 'Una firma externa puede proyectar' : 'Su rol puede proyectar'
    throw new RuleViolation('R-ROL-03', `${who} este acto (${act}), pero solo lo firma un Gerente de Sucursal o el Gerente de Recaudo y Cartera.`, 403)
  }
}
