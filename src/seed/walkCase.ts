import type { Payload } from 'payload'

import { day } from '@/rules/calendar'
import { SLUGS } from '@/constants/slugs'
import type { Case, Notification, User } from '@/payload-types'
import { addDays } from './dates'

/** How far a walked case goes, in the order the process walks them (R-COB-01). */
export const WALK_STEPS = [
  'GESTION_PERSUASIVA',
  'CONSTITUIDO_EN_MORA',
  'LCD_EN_PROYECTO',
  'LCD_FIRMADA',
  'EN_NOTIFICACION',
  'NOTIFICADA',
  'EN_FIRME',
  'MANDAMIENTO_LIBRADO',
  'MANDAMIENTO_NOTIFICADO',
  'ORDEN_DE_EJECUCION',
] as const

export type WalkTarget = (typeof WALK_STEPS)[number]

/** Who acts: each step is taken by the user the rules make competent for it (R-ROL-03/05). */
export type WalkActors = { professional: User; manager: User; firm: User; executor: User }

export type WalkPlan = {
  debtor: number
  responsible?: number | null
  debtLines: { period: string; concept: string; contributors?: number; capital: number; dueDate: string }[]
  target: WalkTarget
  /** LCD notified in person (default) or by a notice posted on the day it is due (R-COB-04). */
  lcdNotifiedBy?: 'PERSONAL' | 'AVISO'
  /** Notification address of the citations. */
  address?: string
  paymentOrderNumber?: string
  /** Ordered once the payment order is notified (R-COB-14: within twice the debt plus interest). */
  embargo?: { description: string; amount: number }
}

/**
 * Opens a case and walks it, through the Local API as each competent user (overrideAccess: false),
 * from persuasive collection to `target`. Every date follows from the oldest due date or from the
 * dates the rules derived at the previous step (business days, notices), so every rule holds on
 * any calendar: the demo seed and the integration tests build their cases with it.
 */
export const walkCase = async (payload: Payload, actors: WalkActors, plan: WalkPlan): Promise<Case> => {
  const due = plan.debtLines.map((l) => l.dueDate).sort()[0]!
  const reached = (step: WalkTarget) => WALK_STEPS.indexOf(plan.target) >= WALK_STEPS.indexOf(step)
  const as = (user: User, asOf: string) => ({ overrideAccess: false, user, depth: 0, context: { asOf } }) as const
  const address = plan.address ?? 'Dirección de notificación registrada'

  let c = (await payload.create({
    collection: SLUGS.cases,
    data: { debtor: plan.debtor, debtLines: plan.debtLines } as never,
    ...as(actors.professional, addDays(due, 17)),
  })) as Case
  const step = async (user: User, data: Record<string, unknown>, asOf: string) =>
    (c = (await payload.update({ collection: SLUGS.cases, id: c.id, data: data as never, ...as(user, asOf) })) as Case)
  // R-ROL-01: the branch manager assigns the responsible; the professional who opens the case does not.
  if (plan.responsible) await step(actors.manager, { responsible: plan.responsible }, addDays(due, 17))
  const notify = (user: User, act: string, facts: Record<string, unknown>, asOf: string) =>
    payload.create({ collection: SLUGS.notifications, data: { case: c.id, act, facts } as never, ...as(user, asOf) }) as Promise<Notification>

  await step(actors.firm, { persuasiveActions: [{ channel: 'LLAMADA', date: addDays(due, 18), outcome: 'Se informa la deuda; el deudor pide el estado de cuenta.' }] }, addDays(due, 18))
  if (!reached('CONSTITUIDO_EN_MORA')) return c
  await step(
    actors.professional,
    { subState: 'CONSTITUIDO_EN_MORA', defaultNotice: { arisenOn: addDays(due, 1), identifiedOn: addDays(due, 5), sentOn: addDays(due, 6) } },
    addDays(due, 22),
  )
  if (!reached('LCD_EN_PROYECTO')) return c
  await step(actors.firm, { stage: 'PREJURIDICO', subState: 'LCD_EN_PROYECTO', lcd: { cutOffDate: addDays(due, 75) } }, addDays(due, 75))
  if (!reached('LCD_FIRMADA')) return c
  await step(actors.manager, { subState: 'LCD_FIRMADA' }, addDays(due, 78))
  if (!reached('EN_NOTIFICACION')) return c
  let lcdNotice = await notify(
    actors.manager,
    'LCD',
    { citationChannel: 'CORREO_CERTIFICADO', citationAddress: address, citationSentOn: addDays(due, 79), citationReceivedOn: addDays(due, 80) },
    addDays(due, 80),
  )
  await step(actors.manager, { subState: 'EN_NOTIFICACION' }, addDays(due, 80))
  if (!reached('NOTIFICADA')) return c
  const noticeDueOn = day(lcdNotice.derived?.noticeDueOn)!
  const facts = plan.lcdNotifiedBy === 'AVISO' ? { noticePostedOn: noticeDueOn } : { personallyNotifiedOn: day(lcdNotice.derived?.appearanceDeadline) }
  const factsOn = plan.lcdNotifiedBy === 'AVISO' ? noticeDueOn : day(lcdNotice.derived?.appearanceDeadline)!
  lcdNotice = (await payload.update({ collection: SLUGS.notifications, id: lcdNotice.id, data: { facts } as never, ...as(actors.manager, factsOn) })) as Notification
  await step(actors.professional, { subState: 'NOTIFICADA' }, day(lcdNotice.derived?.notifiedOn)!)
  if (!reached('EN_FIRME')) return c
  const finalOn = day(lcdNotice.derived?.finalOn)!
  await step(actors.professional, { subState: 'EN_FIRME' }, finalOn)
  if (!reached('MANDAMIENTO_LIBRADO')) return c
  await step(
    actors.professional,
    {
      followUp: { firstContactOn: addDays(finalOn, 1) },
      checklist: { persuasiveEvidence: true, debtDetailByPeriod: true, citationWithReceipt: true, originalLcd: true, noticeOriginal: true, notificationRecord: true },
    },
    addDays(finalOn, 1),
  )
  await step(actors.executor, { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO', paymentOrder: { number: plan.paymentOrderNumber ?? `MP-${c.id}` } }, addDays(finalOn, 2))
  if (!reached('MANDAMIENTO_NOTIFICADO')) return c
  const sentOn = addDays(finalOn, 3)
  let orderNotice = await notify(actors.executor, 'MANDAMIENTO_DE_PAGO', { citationChannel: 'CORREO_CERTIFICADO', citationAddress: address, citationSentOn: sentOn }, sentOn)
  const mailDeliveredOn = addDays(day(orderNotice.derived?.appearanceDeadline)!, 2)
  orderNotice = (await payload.update({
    collection: SLUGS.notifications,
    id: orderNotice.id,
    data: { facts: { mailDeliveredOn } } as never,
    ...as(actors.executor, mailDeliveredOn),
  })) as Notification
  const notifiedOn = day(orderNotice.derived?.notifiedOn)!
  await step(actors.executor, { subState: 'MANDAMIENTO_NOTIFICADO' }, notifiedOn)
  if (plan.embargo) {
    await step(actors.executor, { measures: [{ kind: 'EMBARGO', ...plan.embargo, orderedOn: addDays(notifiedOn, 1) }] }, addDays(notifiedOn, 1))
  }
  if (!reached('ORDEN_DE_EJECUCION')) return c
  await step(actors.executor, { subState: 'ORDEN_DE_EJECUCION' }, addDays(day(orderNotice.derived?.responseDeadline)!, 1))
  return c
}
