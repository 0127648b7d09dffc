import type { Payload } from 'payload'

import { walkCase as walkThroughTheRules, type WalkActors, type WalkPlan, type WalkTarget } from '../../../src/seed/walkCase'
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
