import type { Party } from '@/payload-types'
import { addDays, daysBetween } from './dates'
import type { PartyPlan } from './parties'
import type { PolicyPlan } from './policies'
import type { Random } from './random'
import { FIRM_EMAILS } from './users'

const CANNOT_BE_LOCATED = 12 // ~5 %
const INSOLVENT: Party['insolvencyStatus'][] = [
  'REORGANIZACION',
  'REORGANIZACION',
  'REORGANIZACION',
  'LIQUIDACION',
  'LIQUIDACION',
  'REESTRUCTURACION',
  'REORGANIZACION',
] // ~3 %
const REPORTED_TO_BDME = 7 // ~3 %

/**
 * Collection facts that only make sense for debtors who owe: the unlocatable, the insolvent
 * and those reported to the BDME are chosen among parties in arrears, and about a third of the
 * parties (debtors well past due first) are assigned to an external firm, mostly the one of
 * their branch. Mutates the plans.
 */
export const applyCollectionFlags = (rng: Random, parties: PartyPlan[], policies: PolicyPlan[], today: string) => {
  const maxDaysPastDue = new Map<number, number>()
  for (const policy of policies) {
    if (policy.paymentStatus === 'PAGADA') continue
    const days = daysBetween(policy.paymentDueDate, today)
    if (days > (maxDaysPastDue.get(policy.holderKey) ?? 0)) maxDaysPastDue.set(policy.holderKey, days)
  }
  const overdue = (party: PartyPlan) => maxDaysPastDue.get(party.key) ?? 0
  const chosen = new Set<number>()
  const take = (candidates: PartyPlan[], count: number, fallback: PartyPlan[] = []) => {
    const picked = [...rng.shuffle(candidates), ...rng.shuffle(fallback)].filter((p) => !chosen.has(p.key)).slice(0, count)
    picked.forEach((p) => chosen.add(p.key))
    return picked
  }

  const companies = parties.filter((p) => p.kind === 'company')
  take(
    companies.filter((p) => overdue(p) > 0),
    INSOLVENT.length,
    companies,
  ).forEach((party, index) => {
    party.data.insolvencyStatus = INSOLVENT[index]!
    party.data.insolvencySince = addDays(today, -rng.int(20, 420))
  })

  take(
    parties.filter((p) => overdue(p) > 180),
    REPORTED_TO_BDME,
  ).forEach((party) => {
    party.data.reportedToBdme = true
    party.data.bdmeReportedAt = addDays(today, -rng.int(1, Math.min(overdue(party) - 180, 150)))
  })

  take(
    parties.filter((p) => overdue(p) > 60),
    CANNOT_BE_LOCATED,
  ).forEach((party) => {
    party.data.cannotBeLocated = true
  })

  // Firms work debtors whose collection is not suspended by an insolvency proceeding.
  const assignable = parties.filter((p) => p.data.insolvencyStatus === 'NINGUNO')
  const firmTarget = Math.round(parties.length / 3)
  const wellPastDue = rng.shuffle(assignable.filter((p) => overdue(p) > 30))
  const others = rng.shuffle(assignable.filter((p) => overdue(p) <= 30))
  for (const party of [...wellPastDue, ...others].slice(0, firmTarget)) {
    const ownBranchFirm = rng.chance(0.8)
    const branch = ownBranchFirm ? party.branch : party.branch === 'BOG' ? 'MED' : 'BOG'
    party.firmEmail = FIRM_EMAILS[branch]
  }
}
