import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { addDays, dateField } from './dates'
import type { DemoPlan } from './plan'

type Write = { overrideAccess: true; depth: 0; req: PayloadRequest; context: Record<string, unknown> }

/** What a party owes on its unpaid policies, in pesos: the amount of its report. */
const owedBy = (plan: DemoPlan, key: number) =>
  plan.policies.filter((p) => p.holderKey === key && p.paymentStatus !== 'PAGADA').reduce((sum, p) => sum + (p.totalDue - (p.amountPaid ?? 0)), 0)

/**
 * R-ROL-05: the debtors the plan reports to the BDME get an entry in the register (the one source of
 * their flag, derived by its hook), and one more debtor a report already withdrawn, so the register
 * shows both states. Same transaction as the rest of the portfolio.
 */
export const writeDemoBdmeEntries = async (payload: Payload, write: Write, plan: DemoPlan, partyIds: Map<number, number>, today: string) => {
  const reported = plan.parties.filter((p) => p.data.reportedToBdme)
  for (const party of reported) {
    await payload.create({
      collection: SLUGS.bdmeEntries,
      data: {
        party: partyIds.get(party.key)!,
        obligation: `Aportes en mora ${party.data.idNumber}`,
        amount: owedBy(plan, party.key),
        obligationDate: dateField(addDays(party.data.bdmeReportedAt!, -180)),
        reportedOn: dateField(party.data.bdmeReportedAt!),
        reason: 'Mora superior a seis meses en obligaciones a favor de la Compañía (Ley 901 de 2004).',
      },
      ...write,
    })
  }
  const cleared = plan.parties.find((p) => !p.data.reportedToBdme && owedBy(plan, p.key) > 0)
  if (cleared) {
    await payload.create({
      collection: SLUGS.bdmeEntries,
      data: {
        party: partyIds.get(cleared.key)!,
        obligation: `Acuerdo de pago incumplido ${cleared.data.idNumber}`,
        amount: owedBy(plan, cleared.key),
        obligationDate: dateField(addDays(today, -400)),
        reportedOn: dateField(addDays(today, -300)),
        reason: 'Incumplimiento del acuerdo de pago (manual 001 §8.21).',
        withdrawnOn: dateField(addDays(today, -40)),
        withdrawalReason: 'Pago total de la obligación.',
      },
      ...write,
    })
  }
  return reported.length + (cleared ? 1 : 0)
}
