import type { PayloadRequest } from 'payload'

import { ROLES } from '@/auth/roles'
import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import type { Agreement, User } from '@/payload-types'
import { bdmeObligationOfAgreement } from '@/rules/agreements/agreementTitle'
import type { VoidResolution } from '@/rules/agreements/defaultTerms'
import { storeDay } from '@/rules/calendar'
import { idOf } from '@/utilities/idOf'

/**
 * Step "report on the BDME" (R-AGR-12, 001 §8.21, Ley 901 de 2004): the debtor, and the third party
 * who became jointly liable (R-AGR-01), are reported as debtors who defaulted on an agreement. The
 * report is the executor officer's act alone (R-ROL-05): when the executor signs the resolution
 * (always in coactive) a `bdme-entries` row is filed for each, as that user, through the register's
 * own rules (one open report per party; the party's flag follows). Before coactive an approver signs
 * the resolution (R-ROL-04) and may not file the report: the case file records that it is pending
 * for the executor officer, who files it from the BDME register. Returns the rows filed.
 */
export const reportDefaultToBdme = async (req: PayloadRequest, agreement: Agreement, decision: VoidResolution, today: string): Promise<number[]> => {
  const theCase = { id: idOf(agreement.case) as number, branch: agreement.branch, assignedFirm: agreement.assignedFirm }
  const parties = [idOf(agreement.debtor) as number]
  const thirdParty = idOf(agreement.thirdParty) as number | undefined
  if (thirdParty && agreement.thirdPartyJointlyLiable) parties.push(thirdParty)
  const signer = req.user as User | null
  if (signer?.role !== ROLES.executorOfficer) {
    await appendCaseEvent(req, theCase, {
      kind: 'GESTION',
      summary: `Reporte al BDME por incumplimiento del acuerdo ${agreement.id} pendiente: lo registra el funcionario ejecutor (R-ROL-05) en el registro BDME.`,
    })
    return []
  }
  const filed: number[] = []
  const obligationDate = decision.unpaidInstalments[0]?.dueOn ?? today
  for (const party of parties) {
    const { totalDocs: open } = await req.payload.count({
      collection: SLUGS.bdmeEntries,
      where: { and: [{ party: { equals: party } }, { open: { equals: true } }] },
      overrideAccess: true,
      req,
    })
    if (open > 0) continue
    const entry = await req.payload.create({
      collection: SLUGS.bdmeEntries,
      data: {
        party,
        case: theCase.id,
        obligation: bdmeObligationOfAgreement({ id: agreement.id, approvedOn: agreement.approvedOn }),
        amount: decision.outstanding,
        obligationDate: storeDay(obligationDate)!,
        reportedOn: storeDay(today)!,
        reason: `Incumplimiento del acuerdo de pago ${agreement.id}, declarado sin vigencia (R-AGR-12).`,
      },
      overrideAccess: false,
      depth: 0,
      req,
    })
    filed.push(entry.id)
  }
  await appendCaseEvent(req, theCase, {
    kind: 'ACTO',
    summary: `Reportado(s) en el BDME por incumplimiento del acuerdo ${agreement.id}: ${filed.length} registro(s) (R-AGR-12, R-ROL-05).`,
  })
  return filed
}
