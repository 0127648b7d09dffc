import { ROLES, type Role } from '@/auth/roles'
import { RuleViolation } from '@/rules/ruleViolation'
import { STAGES } from './stages'

/** Acts that must carry a competent signature (R-ROL-03, R-ROL-05). */
export type SignedAct = 'LCD' | 'CITACION' | 'AVISO' | 'MANDAMIENTO' | 'MEDIDA_CAUTELAR' | 'SUSPENSION' | 'REPORTE_BDME'

const PRE_LEGAL_SIGNERS: Role[] = [ROLES.branchManager, ROLES.collectionsManager]

const ACT_LABELS: Record<SignedAct, string> = {
  LCD: 'la Liquidación Certificada de Deuda',
  CITACION: 'la citación',
  AVISO: 'el aviso',
  MANDAMIENTO: 'el mandamiento de pago',
  MEDIDA_CAUTELAR: 'la medida cautelar',
  SUSPENSION: 'la suspensión del proceso',
  REPORTE_BDME: 'el reporte al BDME',
}

/**
 * R-ROL-03: citations, LCDs and notices are signed by a branch manager or the collections manager;
 * an external firm may draft them but never sign. R-ROL-05: coactive acts only by the executor officer.
 */
export function assertMaySign(role: string | null | undefined, act: SignedAct): void {
  const coactive = act === 'MANDAMIENTO' || act === 'MEDIDA_CAUTELAR' || act === 'SUSPENSION' || act === 'REPORTE_BDME'
  if (coactive) {
    if (role !== ROLES.executorOfficer) {
      throw new RuleViolation('R-ROL-05', `Solo el funcionario ejecutor puede firmar ${ACT_LABELS[act]}.`, 403)
    }
    return
  }
  if (!role || !(PRE_LEGAL_SIGNERS as string[]).includes(role)) {
    const who = role === ROLES.externalFirm ? 'Una firma externa puede proyectar' : 'Su rol puede proyectar'
    throw new RuleViolation(
      'R-ROL-03',
      `${who} ${ACT_LABELS[act]}, pero solo la firma un Gerente de Sucursal o el Gerente de Recaudo y Cartera.`,
      403,
    )
  }
}

/** R-ROL-05: in the coactive stage only the executor officer acts. */
export function assertMayActInCoactive(role: string | null | undefined): void {
  if (role !== ROLES.executorOfficer) {
    throw new RuleViolation('R-ROL-05', 'En la etapa coactiva solo actúa el funcionario ejecutor.', 403)
  }
}

/** Who works the persuasive and pre-legal stages: branch staff, the collections manager, external firms. */
const PRE_COACTIVE_ACTORS: Role[] = [
  ROLES.admin,
  ROLES.collectionsManager,
  ROLES.branchManager,
  ROLES.branchProfessional,
  ROLES.externalFirm,
]

export function assertMayActBeforeCoactive(role: string | null | undefined): void {
  if (!role || !(PRE_COACTIVE_ACTORS as string[]).includes(role)) {
    throw new RuleViolation(
      'R-ROL-01',
      'Las etapas persuasiva y prejurídica las gestionan la sucursal, la Gerencia de Recaudo y Cartera o la firma externa asignada.',
      403,
    )
  }
}

/** R-ROL-05 / R-ROL-01: who may act on a case depends on the stage it is in. */
export function assertMayActInStage(role: string | null | undefined, stage: string): void {
  if (stage === STAGES.coactive) assertMayActInCoactive(role)
  else assertMayActBeforeCoactive(role)
}
