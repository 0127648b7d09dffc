import type { CollectionBeforeChangeHook } from 'payload'

import { storeDay } from '../../../src/cases/mergeCaseData'
import { todayFor } from '../../../src/utilities/todayFor'

type Doc = Record<string, any>

/**
 * Who did what, and when, is never typed (R-COB-02, R-COB-17): the author of each new persuasive
 * action, who drafted and signed the LCD, who issued the payment order, where a paused case
 * stopped. Stamps from the request are discarded and set from the acting user and today's date.
 */
export const stampCaseAuthors: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const original: Doc = originalDoc ?? {}
  const userId = req.user?.id ?? null
  const today = todayFor(req)
  const from = { stage: original.stage ?? null, subState: original.subState ?? null }
  const to = { stage: data.stage ?? from.stage ?? 'PERSUASIVO', subState: data.subState ?? from.subState ?? 'GESTION_PERSUASIVA' }
  const moved = from.stage !== to.stage || from.subState !== to.subState

  if (Array.isArray(data.persuasiveActions)) {
    const authors = new Map<string, unknown>((original.persuasiveActions ?? []).map((a: Doc) => [String(a.id), a.author]))
    data.persuasiveActions = data.persuasiveActions.map((action: Doc) => ({
      ...action,
      author: action.id && authors.has(String(action.id)) ? authors.get(String(action.id)) : userId,
    }))
  }

  const lcd = { ...(original.lcd ?? {}), ...(data.lcd ?? {}) }
  lcd.draftedBy = original.lcd?.draftedBy ?? null
  lcd.signedBy = original.lcd?.signedBy ?? null
  lcd.issuedOn = original.lcd?.issuedOn ?? null
  if (moved && to.subState === 'LCD_EN_PROYECTO') lcd.draftedBy = userId
  if (moved && to.subState === 'LCD_FIRMADA') {
    lcd.signedBy = userId
    lcd.issuedOn = storeDay(today)
  }
  data.lcd = lcd

  const order = { ...(original.paymentOrder ?? {}), ...(data.paymentOrder ?? {}) }
  order.issuedOn = original.paymentOrder?.issuedOn ?? null
  order.signedBy = original.paymentOrder?.signedBy ?? null
  if (moved && to.subState === 'MANDAMIENTO_LIBRADO') {
    order.issuedOn = storeDay(today)
    order.signedBy = userId
  }
  data.paymentOrder = order

  data.pausedAt = original.pausedAt ?? { stage: null, subState: null }
  const working = ['PERSUASIVO', 'PREJURIDICO', 'COACTIVO']
  if (moved && working.includes(from.stage) && (to.stage === 'SUSPENDIDO' || to.stage === 'INSOLVENCIA')) {
    data.pausedAt = { stage: from.stage, subState: from.subState }
  }

  // R-COB-15: the order that ends the proceeding lifts the measures.
  if (moved && to.stage === 'TERMINADO') {
    const measures: Doc[] = data.measures ?? original.measures ?? []
    data.measures = measures.map((m) => (m.liftedOn ? m : { ...m, liftedOn: storeDay(today) }))
  }
  return data
}
