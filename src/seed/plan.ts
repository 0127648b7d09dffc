import { applyCollectionFlags } from './flags'
import { buildParties, type PartyPlan } from './parties'
import { buildPolicies, planCertificates, type PolicyPlan } from './policies'
import { createRandom, SEEDS } from './random'

export type DemoPlan = { today: string; parties: PartyPlan[]; policies: PolicyPlan[] }

/** The whole demo portfolio in memory, before any write: the same every day except for its dates. */
export const buildDemoPlan = (today: string): DemoPlan => {
  const parties = buildParties(createRandom(SEEDS.parties))
  const policies = buildPolicies(createRandom(SEEDS.policies), parties, today)
  applyCollectionFlags(createRandom(SEEDS.flags), parties, policies, today)
  planCertificates(createRandom(SEEDS.certificates), policies)
  return { today, parties, policies }
}
