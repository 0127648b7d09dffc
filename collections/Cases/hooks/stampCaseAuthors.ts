import type { CollectionBeforeChangeHook } from 'payload'

import { storeDay } from '@/rules/calendar'
import type { Case } from '@/payload-types'
import { STAGES, SUB_STATE, firstSubStateOf, isOpenStage } from '@/rules/cases/stages'
import { todayFor } from '@/utilities/todayFor'

/**
 * Who did what, and when, is never typed (R-COB-02, R-COB-17): the author of each new persuasive
 * action, who drafted and signed the LCD, who issued the payment order, where a paused case
 * stopped. Stamps from the request are discarded and set from the acting user and today's date.
 */
export const stampCaseAuthors: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, req }) => {
  const userId = req.user?.id ?? null
  const today = todayFor(req)
  const from = { stage: originalDoc?.stage ?? null, subState: originalDoc?.subState ?? null }
  const to = {
    stage: data.stage ?? from.stage ?? STAGES.persuasive,
    subState: data.subState ?? from.subState ?? firstSubStateOf(STAGES.persuasive),
  }
  const moved = from.stage !== to.stage || from.subState !== to.subState

  if (Array.isArray(data.persuasiveActions)) {
    const authors = new Map((originalDoc?.persuasiveActions ?? []).map((a) => [String(a.id), a.author]))
    data.persuasiveActions = data.persuasiveActions.map((action) => ({
      ...action,
      author: action.id && authors.has(String(action.id)) ? authors.get(String(action.id)) : userId,
    }))
  }

  const lcd = { ...(originalDoc?.lcd ?? {}), ...(data.lcd ?? {}) }
  lcd.draftedBy = originalDoc?.lcd?.draftedBy ?? null
  lcd.signedBy = originalDoc?.lcd?.signedBy ?? null
  lcd.issuedOn = originalDoc?.lcd?.issuedOn ?? null
  if (moved && to.subState === SUB_STATE.lcdDrafted) lcd.draftedBy = userId
  if (moved && to.subState === SUB_STATE.lcdSigned) {
    lcd.signedBy = userId
    lcd.issuedOn = storeDay(today)
  }
  data.lcd = lcd

  const order = { ...(originalDoc?.paymentOrder ?? {}), ...(data.paymentOrder ?? {}) }
  order.issuedOn = originalDoc?.paymentOrder?.issuedOn ?? null
  order.signedBy = originalDoc?.paymentOrder?.signedBy ?? null
  if (moved && to.subState === firstSubStateOf(STAGES.coactive)) {
    order.issuedOn = storeDay(today)
    order.signedBy = userId
  }
  data.paymentOrder = order

  data.pausedAt = originalDoc?.pausedAt ?? { stage: null, subState: null }
  if (moved && from.stage && isOpenStage(from.stage) && (to.stage === STAGES.suspended || to.stage === STAGES.insolvency)) {
    data.pausedAt = { stage: from.stage, subState: from.subState }
  }

  // R-COB-15: the order that ends the proceeding lifts the measures.
  if (moved && to.stage === STAGES.terminated) {
    const measures = data.measures ?? originalDoc?.measures ?? []
    data.measures = measures.map((m) => (m.liftedOn ? m : { ...m, liftedOn: storeDay(today) }))
  }
  return data
}
