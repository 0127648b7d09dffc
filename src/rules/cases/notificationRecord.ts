import { RuleViolation } from '@/rules/ruleViolation'
import { assertMayActBeforeCoactive, assertMayActInCoactive, assertMaySign } from './competence'
import { NOTIFIABLE_ACTS } from './notificationDates'
import type { SubState } from './stages'

const COACTIVE_ACTS: string[] = [NOTIFIABLE_ACTS.paymentOrder, NOTIFIABLE_ACTS.exceptionsDecision]
const SIGNED_LCD: SubState[] = ['LCD_FIRMADA', 'EN_NOTIFICACION', 'NOTIFICADA', 'EN_FIRME']

/**
 * What a notification record may say and who may write it: its act never changes (R-NOT-01); an
 * LCD is notified only once signed, checked when its notification starts, since the case later
 * moves on while the record is still updated (R-COB-04); coactive acts are the executor's
 * (R-ROL-05), the others pre-coactive staff's, and the citation and the notice are signed by a
 * manager (R-ROL-03). `role` is null for the system itself (the sweep).
 */
export function assertNotificationRecord(input: {
  storedAct: string | null
  act: string
  starting: boolean
  caseSubState: string
  role: string | null
  signsCitation: boolean
  postsNotice: boolean
}): void {
  if (input.storedAct && input.storedAct !== input.act) {
    throw new RuleViolation('R-NOT-01', 'El acto de una notificación no se cambia: registre una nueva.', 409, { path: 'act' })
  }
  if (input.act === NOTIFIABLE_ACTS.lcd && input.starting && !(SIGNED_LCD as string[]).includes(input.caseSubState)) {
    throw new RuleViolation('R-COB-04', 'Solo se notifica una LCD firmada.', 409)
  }
  if (input.role === null) return
  if (COACTIVE_ACTS.includes(input.act)) {
    assertMayActInCoactive(input.role)
    return
  }
  assertMayActBeforeCoactive(input.role)
  if (input.signsCitation) assertMaySign(input.role, 'CITACION')
  if (input.postsNotice) assertMaySign(input.role, 'AVISO')
}
