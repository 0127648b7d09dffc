import { STAGES, type Stage } from '@/rules/cases/stages'

/** The legal acts the system drafts from a case (issue 11; 001 §7.1.3, §7.3.11–7.3.18). Values are API. */
export const ACT_KINDS = {
  defaultNotice: 'CONSTITUCION_EN_MORA',
  lcd: 'LCD',
  citation: 'CITACION',
  notice: 'AVISO',
  paymentOrder: 'MANDAMIENTO',
  exceptionsDecision: 'DECISION_EXCEPCIONES',
  appealDecision: 'DECISION_RECURSO',
  auctionNotice: 'AVISO_REMATE',
  agreement: 'ACUERDO_DE_PAGO',
  agreementDemand: 'REQUERIMIENTO_INCUMPLIMIENTO',
  agreementVoid: 'RESOLUCION_SIN_VIGENCIA',
} as const

export type ActKind = (typeof ACT_KINDS)[keyof typeof ACT_KINDS]

export const ACT_KIND_OPTIONS: { label: string; value: ActKind }[] = [
  { label: 'Constitución en mora y aviso de incumplimiento', value: ACT_KINDS.defaultNotice },
  { label: 'Liquidación Certificada de Deuda (LCD)', value: ACT_KINDS.lcd },
  { label: 'Citación para notificación personal', value: ACT_KINDS.citation },
  { label: 'Notificación por aviso', value: ACT_KINDS.notice },
  { label: 'Mandamiento de pago', value: ACT_KINDS.paymentOrder },
  { label: 'Decisión de excepciones', value: ACT_KINDS.exceptionsDecision },
  { label: 'Decisión de recurso de reposición', value: ACT_KINDS.appealDecision },
  { label: 'Aviso de remate', value: ACT_KINDS.auctionNotice },
  { label: 'Acuerdo de pago', value: ACT_KINDS.agreement },
  { label: 'Requerimiento por incumplimiento del acuerdo de pago', value: ACT_KINDS.agreementDemand },
  { label: 'Resolución que declara sin vigencia el acuerdo de pago', value: ACT_KINDS.agreementVoid },
]

export const ACT_KIND_VALUES = ACT_KIND_OPTIONS.map((o) => o.value) as [ActKind, ...ActKind[]]

export const actKindLabel = (kind: ActKind): string => ACT_KIND_OPTIONS.find((o) => o.value === kind)!.label

/**
 * The acts of a payment agreement (001 §8, R-AGR-07/11/12): drafted from the agreement and its case
 * while the case is suspended by it (R-COB-15); signed by the role that grants agreements in the
 * stage the case stopped in (R-ROL-04).
 */
export const AGREEMENT_ACTS: ActKind[] = [ACT_KINDS.agreement, ACT_KINDS.agreementDemand, ACT_KINDS.agreementVoid]

export const isAgreementAct = (kind: ActKind): boolean => AGREEMENT_ACTS.includes(kind)

/**
 * Which acts a case may draft in each stage: the default notice in persuasive collection
 * (R-COB-02); the LCD, its citation, notice and the decision on its appeal before the coactive
 * stage (R-COB-03/04/05/11); the payment order and its notifications, the decisions on exceptions
 * and appeals and the auction announcement in the coactive stage (R-COB-10/12/16); the agreement,
 * its demand for default and the resolution that voids it while the agreement suspends the case
 * (R-AGR-07/11/12, R-COB-15).
 */
export const ACTS_BY_STAGE: Partial<Record<Stage, ActKind[]>> = {
  [STAGES.persuasive]: [ACT_KINDS.defaultNotice],
  [STAGES.preLegal]: [ACT_KINDS.lcd, ACT_KINDS.citation, ACT_KINDS.notice, ACT_KINDS.appealDecision],
  [STAGES.coactive]: [
    ACT_KINDS.paymentOrder,
    ACT_KINDS.citation,
    ACT_KINDS.notice,
    ACT_KINDS.exceptionsDecision,
    ACT_KINDS.appealDecision,
    ACT_KINDS.auctionNotice,
  ],
  [STAGES.suspended]: AGREEMENT_ACTS,
}

export const actsForStage = (stage: string | null | undefined): ActKind[] => ACTS_BY_STAGE[stage as Stage] ?? []

/** Acts of the coactive jurisdiction: the executor officer's (R-ROL-05). */
const COACTIVE_ONLY: ActKind[] = [ACT_KINDS.paymentOrder, ACT_KINDS.exceptionsDecision, ACT_KINDS.auctionNotice]

/** An act belongs to the coactive proceeding when it is one of its own or is drafted in that stage. */
export const isCoactiveAct = (kind: ActKind, stage: string | null | undefined): boolean =>
  COACTIVE_ONLY.includes(kind) || stage === STAGES.coactive
