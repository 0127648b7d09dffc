import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'

import { recomputeTermsIfHolidaysChanged } from '@/cases/recomputeTermsIfHolidaysChanged'
import { bogotaDateOf } from '@/rules/calendar'
import { seedDemoData } from '@/seed'
import { seedDemoAgreements } from '@/seed/demoAgreements'
import { seedDemoAssignment } from '@/seed/demoAssignment'
import { seedDemoCases } from '@/seed/demoCases'
import { seedDemoNotices } from '@/seed/demoNotices'
import { seedDemoGuarantees } from '@/seed/demoGuarantees'
import { seedDemoIndicators } from '@/seed/indicators'
import { seedDemoLegalizations } from '@/seed/demoLegalizations'
import { seedRequestKinds } from '@/seed/requestKinds'

/**
 * Applies pending committed migrations, the reference catalogues and, when asked, the demo data.
 * Run it in a process of its own (src/scripts/prepareDatabase.ts): Payload keeps a pooled
 * connection checked out for good, so the pool can only be closed by the process exiting.
 */
export const prepareDatabase = async ({ seed }: { seed: boolean }) => {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  // R-REQ-01: every database needs the request catalogue, demo or not (additive, idempotent).
  await seedRequestKinds(payload)
  if (seed) {
    await seedDemoData(payload)
    await seedDemoCases(payload)
    await seedDemoNotices(payload)
    await seedDemoGuarantees(payload)
    await seedDemoAgreements(payload)
    await seedDemoAssignment(payload)
    await seedDemoIndicators(payload)
    await seedDemoLegalizations(payload)
  }
  // A new holiday library may have moved open terms: recount them before serving.
  const report = await recomputeTermsIfHolidaysChanged({ req: await createLocalReq({}, payload), asOf: bogotaDateOf(new Date()) })
  if (report && report.casesChanged.length > 0) payload.logger.info({ msg: 'Términos recalculados por la lista de festivos', cause: report.cause, cases: report.casesChanged.length })
  if (report && report.errors.length + report.skipped.length > 0) {
    payload.logger.warn({ msg: 'Términos no recalculados tras cambiar la lista de festivos', errors: report.errors, skipped: report.skipped })
  }
}
