import type { PayloadRequest } from 'payload'

import { draftVoidResolution } from '@/agreements/default/draftVoidResolution'
import { openDemand } from '@/agreements/default/openDemand'
import { SLUGS } from '@/constants/slugs'
import { isDatabaseUnavailable } from '@/db/databaseUnavailable'
import { INSTALMENT_STATUSES } from '@/rules/agreements/statuses'
import { idOf } from '@/utilities/idOf'

export type AgreementDefaultReport = { demandsOpened: number; voidResolutionsDrafted: number; errors: string[] }

/**
 * The agreements' default in the daily sweep of `asOf` (R-AGR-11, R-AGR-12):
 * 1. every agreement in force with an instalment whose due business day ended unpaid is demanded
 *    (openDemand: instalments VENCIDA, EN_REQUERIMIENTO, 15 business days, the demand act);
 * 2. every demand whose term has passed with instalments unpaid gets its void resolution drafted
 *    (draftVoidResolution), for the competent role to sign.
 * Both are idempotent, so a second sweep the same day writes nothing more.
 */
export async function openAgreementDemands(req: PayloadRequest, asOf: string): Promise<AgreementDefaultReport> {
  const report: AgreementDefaultReport = { demandsOpened: 0, voidResolutionsDrafted: 0, errors: [] }
  const startOf = `${asOf}T00:00:00.000Z`
  const { docs: missed } = await req.payload.find({
    collection: SLUGS.agreementInstalments,
    where: {
      and: [
        { dueOn: { less_than: startOf } },
        { status: { in: [INSTALMENT_STATUSES.due, INSTALMENT_STATUSES.partial] } },
        { 'agreement.status': { equals: 'APROBADO' } },
      ],
    },
    select: { agreement: true },
    sort: 'agreement',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const { docs: demanded } = await req.payload.find({
    collection: SLUGS.agreements,
    where: { and: [{ status: { equals: 'EN_REQUERIMIENTO' } }, { demandDueOn: { less_than: startOf } }, { voidResolutionAct: { exists: false } }] },
    select: { status: true },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const run = async (label: string, id: number, step: () => Promise<boolean>) => {
    try {
      return await step()
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error
      report.errors.push(`${label} ${id}: ${(error as Error).message}`)
      return false
    }
  }
  for (const id of new Set(missed.map((i) => idOf(i.agreement) as number))) {
    if (await run('Acuerdo (requerimiento)', id, () => openDemand(req, id, asOf))) report.demandsOpened++
  }
  for (const { id } of demanded) {
    if (await run('Acuerdo (resolución sin vigencia)', id, () => draftVoidResolution(req, id, asOf))) report.voidResolutionsDrafted++
  }
  return report
}
