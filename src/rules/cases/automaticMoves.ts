import type { CasePosition } from './caseTransition'
import { isOpenStage } from './stages'

export type AutomaticMoveInput = CasePosition & {
  debtorInsolvent: boolean
  lcdNotifiedOn?: string | null
  titleFinalOn?: string | null
  paymentOrderNotifiedOn?: string | null
}

export type AutomaticMove = { to: CasePosition; rule: string; reason: string }

/**
 * The moves the law makes by itself, with the passing of time, that the daily sweep records:
 * insolvency stops the case (R-COB-09), the LCD is notified when its notification date arrives
 * (R-COB-04) and final when its finality date arrives (R-COB-05), the payment order is notified
 * (R-COB-10). Returns the single next move, or null; the sweep applies them one at a time.
 */
export function nextAutomaticMove(c: AutomaticMoveInput, today: string): AutomaticMove | null {
  if (c.debtorInsolvent && isOpenStage(c.stage)) {
    return { to: { stage: 'INSOLVENCIA', subState: 'REMITIDO_A_INSOLVENCIA' }, rule: 'R-COB-09', reason: 'Deudor en proceso de insolvencia' }
  }
  if (c.stage === 'PREJURIDICO' && c.subState === 'EN_NOTIFICACION' && c.lcdNotifiedOn && c.lcdNotifiedOn <= today) {
    return { to: { stage: 'PREJURIDICO', subState: 'NOTIFICADA' }, rule: 'R-COB-04', reason: `LCD notificada el ${c.lcdNotifiedOn}` }
  }
  if (c.stage === 'PREJURIDICO' && c.subState === 'NOTIFICADA' && c.titleFinalOn && c.titleFinalOn <= today) {
    return { to: { stage: 'PREJURIDICO', subState: 'EN_FIRME' }, rule: 'R-COB-05', reason: `LCD en firme desde el ${c.titleFinalOn}` }
  }
  if (c.stage === 'COACTIVO' && c.subState === 'MANDAMIENTO_LIBRADO' && c.paymentOrderNotifiedOn && c.paymentOrderNotifiedOn <= today) {
    return {
      to: { stage: 'COACTIVO', subState: 'MANDAMIENTO_NOTIFICADO' },
      rule: 'R-COB-10',
      reason: `Mandamiento notificado el ${c.paymentOrderNotifiedOn}`,
    }
  }
  return null
}
