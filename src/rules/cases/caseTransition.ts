import { RuleViolation } from '@/rules/ruleViolation'
import { assertChecklistComplete, type Checklist, type ChecklistContext } from './coactiveChecklist'
import { assertEligibleForCoactive, assertMayLeavePersuasive, type EligibilityInput } from './coactiveEligibility'
import { assertMayActBeforeCoactive, assertMayActInCoactive, assertMaySign } from './competence'
import { assertLcdInTime } from './lcdDeadline'
import { STAGES, SUB_STATES, SUB_STATE_LABELS, isSubStateOf, type Stage, type SubState } from './stages'

export type CasePosition = { stage: Stage; subState: SubState }

export type TransitionInput = {
  from: CasePosition
  to: CasePosition
  /** Where a suspended or insolvent case returns to. */
  pausedAt?: CasePosition | null
  /** Role of the acting user; null for the system itself (the daily sweep). */
  role: string | null
  debtorInsolvent: boolean
  eligibility: EligibilityInput
  checklist: Checklist
  checklistContext: ChecklistContext
  /** LCD issue (signature) date, when the LCD is being or has been signed. */
  lcdIssuedOn?: string | null
  lcdNotifiedOn?: string | null
  titleFinalOn?: string | null
  paymentOrderNotifiedOn?: string | null
  /** Last day to pay or propose exceptions against the payment order (R-COB-10). */
  paymentOrderResponseDeadline?: string | null
  pendingExceptions?: number
  /** Auction terms already computed (R-COB-16); required to enter REMATE. */
  auctionReady?: boolean
}

const refuse = (rule: string, message: string, status: 400 | 403 | 409 = 409): never => {
  throw new RuleViolation(rule, message, status)
}

const label = (subState: SubState) => SUB_STATE_LABELS[subState]

const PAUSED: Stage[] = [STAGES.suspended, STAGES.insolvency]
const WORKING: Stage[] = [STAGES.persuasive, STAGES.preLegal, STAGES.coactive]

/** R-COB-09: while the debtor is in an insolvency proceeding every collection action stops. */
export function assertCollectionMayProceed(input: { debtorInsolvent: boolean; stage: Stage }): void {
  if (input.debtorInsolvent || input.stage === STAGES.insolvency) {
    refuse('R-COB-09', 'El deudor está en un proceso de insolvencia: se suspende toda acción de cobro y el caso pasa al equipo de insolvencia.')
  }
  if (input.stage === STAGES.terminated) {
    refuse('R-COB-01', 'El expediente está terminado: no admite más actuaciones.')
  }
}

function assertRole(input: TransitionInput): void {
  if (input.role === null) return
  const { from, to } = input
  const touchesCoactive = from.stage === STAGES.coactive || to.stage === STAGES.coactive ||
    (PAUSED.includes(from.stage) && input.pausedAt?.stage === STAGES.coactive && to.stage !== STAGES.insolvency)
  if (touchesCoactive && to.stage !== STAGES.insolvency) assertMayActInCoactive(input.role)
  else if (!touchesCoactive) assertMayActBeforeCoactive(input.role)
}

function assertStageStep(input: TransitionInput): void {
  const { from, to, pausedAt } = input
  if (from.stage === STAGES.terminated) refuse('R-COB-01', 'El expediente está terminado: no puede cambiar de etapa.')
  if (from.stage === to.stage) return
  if (to.stage === STAGES.terminated || to.stage === STAGES.insolvency) return
  if (to.stage === STAGES.suspended) {
    if (!WORKING.includes(from.stage)) refuse('R-COB-01', 'Solo se suspende un expediente en gestión.')
    return
  }
  if (PAUSED.includes(from.stage)) {
    if (!pausedAt || pausedAt.stage !== to.stage || pausedAt.subState !== to.subState) {
      refuse('R-COB-01', 'Un expediente suspendido o en insolvencia solo puede reanudarse en la etapa y el estado en que se detuvo.')
    }
    return
  }
  const next: Partial<Record<Stage, Stage>> = {
    [STAGES.persuasive]: STAGES.preLegal,
    [STAGES.preLegal]: STAGES.coactive,
  }
  if (next[from.stage] !== to.stage) {
    refuse('R-COB-01', `No se puede pasar de ${from.stage} a ${to.stage}: las etapas van persuasivo → prejurídico → coactivo, sin saltos.`)
  }
  const last = SUB_STATES[from.stage].at(-1) as SubState
  if (from.subState !== last) {
    refuse('R-COB-01', `Para pasar a ${to.stage} el expediente debe estar en "${label(last)}"; está en "${label(from.subState)}".`)
  }
  if (to.subState !== SUB_STATES[to.stage][0]) {
    refuse('R-COB-01', `La etapa ${to.stage} empieza en "${label(SUB_STATES[to.stage][0])}".`)
  }
}

function assertSubStateStep(input: TransitionInput): void {
  const { from, to } = input
  if (!isSubStateOf(to.stage, to.subState)) {
    refuse('R-COB-01', `"${to.subState}" no es un estado de la etapa ${to.stage}.`, 400)
  }
  if (from.stage !== to.stage || from.subState === to.subState) return
  const order = SUB_STATES[to.stage] as readonly SubState[]
  const step = order.indexOf(to.subState) - order.indexOf(from.subState)
  if (step !== 1) {
    refuse(
      'R-COB-01',
      step < 0
        ? `El estado no puede retroceder de "${label(from.subState)}" a "${label(to.subState)}".`
        : `No se puede saltar de "${label(from.subState)}" a "${label(to.subState)}".`,
    )
  }
}

/** What entering each sub-state requires. */
function assertSubStateRequirements(input: TransitionInput): void {
  const { to, from } = input
  if (from.stage === to.stage && from.subState === to.subState) return
  const today = input.eligibility.today
  switch (to.subState) {
    case 'LCD_FIRMADA':
      if (input.role !== null) assertMaySign(input.role, 'LCD')
      if (!input.lcdIssuedOn) refuse('R-COB-03', 'Registre la fecha de expedición de la LCD.', 400)
      assertLcdInTime({ oldestDueDate: input.eligibility.oldestDueDate, issuedOn: input.lcdIssuedOn! })
      break
    case 'NOTIFICADA':
      if (!input.lcdNotifiedOn || input.lcdNotifiedOn > today) {
        refuse('R-COB-04', 'La LCD aún no está notificada según su registro de notificación.')
      }
      break
    case 'EN_FIRME':
      if (!input.titleFinalOn || input.titleFinalOn > today) {
        refuse('R-COB-05', input.titleFinalOn ? `La LCD queda en firme el ${input.titleFinalOn}.` : 'La LCD aún no está en firme.')
      }
      break
    case 'MANDAMIENTO_NOTIFICADO':
      if (!input.paymentOrderNotifiedOn || input.paymentOrderNotifiedOn > today) {
        refuse('R-COB-10', 'El mandamiento de pago aún no está notificado según su registro de notificación.')
      }
      break
    case 'ORDEN_DE_EJECUCION':
      if (!input.paymentOrderResponseDeadline || input.paymentOrderResponseDeadline >= today) {
        refuse('R-COB-10', 'Aún corren los 15 días hábiles para pagar o proponer excepciones.')
      }
      if ((input.pendingExceptions ?? 0) > 0) refuse('R-COB-12', 'Hay excepciones sin decidir.')
      break
    case 'REMATE':
      if (!input.auctionReady) {
        refuse('R-COB-16', 'Registre el avalúo, la fecha del remate y la del aviso publicado en domingo antes de pasar a remate.', 400)
      }
      break
  }
}

/**
 * R-COB-01 (with R-COB-03/05/07/08/09/10/12, R-ROL-03/05): may a case move from `from` to `to`?
 * Throws the first rule that says no; returns when the move is allowed.
 */
export function assertCaseTransition(input: TransitionInput): void {
  const { from, to } = input
  if (input.debtorInsolvent && to.stage !== STAGES.insolvency && to.stage !== STAGES.terminated) {
    refuse('R-COB-09', 'El deudor está en un proceso de insolvencia: el expediente debe pasar al equipo de insolvencia.')
  }
  assertStageStep(input)
  assertSubStateStep(input)
  assertRole(input)
  if (from.stage === STAGES.persuasive && to.stage === STAGES.preLegal) assertMayLeavePersuasive(input.eligibility)
  if (from.stage === STAGES.preLegal && to.stage === STAGES.coactive) {
    assertEligibleForCoactive(input.eligibility)
    assertChecklistComplete(input.checklist, input.checklistContext)
  }
  assertSubStateRequirements(input)
}
