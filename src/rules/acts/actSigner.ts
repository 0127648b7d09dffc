import { ROLES, type Role } from '@/auth/roles'
import { RuleViolation } from '@/rules/ruleViolation'
import { actKindLabel, isCoactiveAct, type ActKind } from './actKinds'

const PRE_LEGAL_SIGNERS: Role[] = [ROLES.branchManager, ROLES.collectionsManager]

/**
 * Who signs a generated act. R-ROL-05: in the coactive proceeding (payment order, decisions on
 * exceptions, auction, and any notice drafted in that stage) only the executor officer. R-ROL-03:
 * before it, a branch manager or the collections manager; an external firm may draft, never sign.
 */
export function assertMaySignAct(input: { role: string | null | undefined; kind: ActKind; stage: string | null | undefined }): void {
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
