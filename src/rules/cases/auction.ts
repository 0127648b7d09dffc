import { addDaysIso, weekdayOf } from '@/rules/calendar'
import { RuleViolation } from '@/rules/ruleViolation'

/**
 * R-COB-16 auction (remate): base bid 70 % of the appraisal, bidders deposit 40 %, announced in a
 * list published on a Sunday at least ten days before, the winner pays the balance within five
 * days, approved within five days. Integer pesos, rounded up so the base is never under 70 %.
 */
export function auctionTerms(input: { appraisal: number; auctionOn: string; announcedOn: string }) {
  const { appraisal, auctionOn, announcedOn } = input
  if (!Number.isSafeInteger(appraisal) || appraisal <= 0) {
    throw new RuleViolation('R-MON-01', 'El avalúo debe ser un número entero de pesos mayor que cero.')
  }
  if (weekdayOf(announcedOn) !== 0) {
    throw new RuleViolation('R-COB-16', `El aviso de remate se publica un domingo; el ${announcedOn} no lo es.`)
  }
  const latestAnnouncement = addDaysIso(auctionOn, -10)
  if (announcedOn > latestAnnouncement) {
    throw new RuleViolation('R-COB-16', `El aviso debe publicarse al menos diez días antes del remate (a más tardar el ${latestAnnouncement}).`)
  }
  return {
    baseBid: Math.ceil((appraisal * 70) / 100),
    deposit: Math.ceil((appraisal * 40) / 100),
    balanceDueBy: addDaysIso(auctionOn, 5),
    approvalDueBy: addDaysIso(auctionOn, 5),
  }
}
