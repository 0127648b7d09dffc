import type { Payload } from 'payload'

import { walkCase as walkThroughTheRules, type WalkActors, type WalkPlan, type WalkTarget } from '@/seed/walkCase'
import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { asUser } from './asUser'
import { debtLine, type CaseWorld } from './caseWorld'

/** One of the case world's branches: Bogotá (firm A) or Medellín (firm B). */
type Side = 'bog' | 'med'

/**
 * The users competent for each step on one side of the world (R-ROL-03/05). Medellín has no branch
 * manager: the collections manager signs there, as the rules let it do in every branch.
 */
const walkActorsOf = (world: CaseWorld, side: Side = 'bog'): WalkActors => {
  const { users } = world
  return side === 'bog'
    ? { professional: users.professionalBog, manager: users.branchManagerBog, firm: users.firmA, executor: users.executor }
    : { professional: users.professionalMed, manager: users.collectionsManager, firm: users.firmB, executor: users.executor }
}

type WalkOptions = Partial<Omit<WalkPlan, 'target'>> & { to: WalkTarget; side?: Side }

/**
 * A case of the test world brought to `to` the way the seed brings its demo cases there
 * (src/seed/walkCase): opened and moved step by step through the Local API as each competent user,
 * so that every rule runs on the way. Never write a late stage directly with overrideAccess.
 * By default: the side's debtor, one line of 5 000 000 due 15 March 2026.
 */
export const walkCase = (payload: Payload, world: CaseWorld, { to, side = 'bog', ...plan }: WalkOptions) =>
  walkThroughTheRules(payload, walkActorsOf(world, side), {
    debtor: (side === 'bog' ? world.parties.debtorBog : world.parties.debtorMed).id,
    debtLines: [debtLine(5_000_000, '2026-03-15')],
    ...plan,
    target: to,
  })

type LcdNotificationWalk = {
  /** Oldest due date of the debt (one line of 4 000 000). */
  dueDate: string
  /** The day the LCD is drafted and signed. */
  signOn: string
  /** What the LCD notification records, on `recordOn`. */
  facts: Record<string, string>
  recordOn: string
}

/**
 * A Bogotá case in "en notificación" on dates the test chooses (the seed's walk derives its own from
 * the due date), for tests about the terms that follow from a notification's facts: persuasive →
 * in default → LCD drafted and signed by the branch manager → LCD notification recorded with `facts`
 * → "en notificación". Every step through the Local API as the competent user.
 */
export const caseInLcdNotification = async (payload: Payload, world: CaseWorld, { dueDate, signOn, facts, recordOn }: LcdNotificationWalk) => {
  const { professionalBog, branchManagerBog } = world.users
  const c = await payload.create({
    collection: SLUGS.cases,
    data: { debtor: world.parties.debtorBog.id, debtLines: [debtLine(4_000_000, dueDate)], responsible: professionalBog.id } as never,
    // R-ROL-01: the branch manager assigns the responsible.
    ...asUser(branchManagerBog, signOn),
  })
  const step = (user: User, data: Record<string, unknown>, asOf: string) =>
    payload.update({ collection: SLUGS.cases, id: c.id, data: data as never, ...asUser(user, asOf) })
  await step(professionalBog, { subState: 'CONSTITUIDO_EN_MORA' }, signOn)
  await step(professionalBog, { stage: 'PREJURIDICO', subState: 'LCD_EN_PROYECTO', lcd: { cutOffDate: signOn } }, signOn)
  await step(branchManagerBog, { subState: 'LCD_FIRMADA' }, signOn)
  const notification = await payload.create({ collection: SLUGS.notifications, data: { case: c.id, act: 'LCD', facts } as never, ...asUser(branchManagerBog, recordOn) })
  await step(branchManagerBog, { subState: 'EN_NOTIFICACION' }, recordOn)
  return { caseId: c.id, notificationId: notification.id }
}
