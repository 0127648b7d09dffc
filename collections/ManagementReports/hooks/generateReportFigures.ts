import type { CollectionBeforeChangeHook } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { ManagementReport } from '@/payload-types'
import { countNewAssignments, loadCaseFile, loadEvidence } from '@/reports/loadReportRows'
import { assertReportNotReviewed, reportAuthorFirm } from '@/rules/reports/reportAuthorship'
import { coactiveFigures, firmClosingFigures, firmManagementFigures } from '@/rules/reports/reportFigures'
import { REPORT_KIND, REPORT_STATUS, reportKindLabel } from '@/rules/reports/reportOptions'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'

/**
 * On create, a report is generated from the case file: R-INF-01 decides whose it is (a firm's
 * own; the coactive one for the executor), R-INF-02 refuses a period already reviewed, and the
 * figures are computed by the pure functions of src/rules/reports from the rows loaded here.
 */
export const generateReportFigures: CollectionBeforeChangeHook<ManagementReport> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const author = req.user ?? { id: 0, role: 'admin' }
  const firmId = enforceRule(() => reportAuthorFirm(author, { kind: String(data.kind), firm: idOf(data.assignedFirm) ?? null }))
  const firm = firmId === null ? null : Number(firmId)
  const period = String(data.period)
  const { docs } = await req.payload.find({
    collection: SLUGS.managementReports,
    where: { and: [{ period: { equals: period } }, { kind: { equals: data.kind } }, firm === null ? { assignedFirm: { exists: false } } : { assignedFirm: { equals: firm } }, { status: { equals: REPORT_STATUS.reviewed } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  enforceRule(() => assertReportNotReviewed(docs[0]))
  const file = await loadCaseFile(req, firm === null ? 'coactive' : { firm })
  data.figures =
    data.kind === REPORT_KIND.firmManagement
      ? firmManagementFigures({ period, ...file, evidence: await loadEvidence(req, firm!, period) })
      : data.kind === REPORT_KIND.firmClosing
        ? firmClosingFigures({ period, ...file, newAssignments: await countNewAssignments(req, firm!, period) })
        : coactiveFigures({ period, cases: file.cases, payments: file.payments, difficulties: data.difficulties ?? '' })
  data.assignedFirm = firm
  data.status = REPORT_STATUS.draft
  data.title = `${reportKindLabel(String(data.kind))} · ${period}`
  data.generatedBy = (req.user?.id as number | undefined) ?? null
  data.generatedAt = new Date().toISOString()
  return data
}
