import type { CollectionBeforeChangeHook } from 'payload'

import type { ManagementReport } from '@/payload-types'
import { assertReportNotReviewed } from '@/rules/reports/reportAuthorship'
import { REPORT_STATUS } from '@/rules/reports/reportOptions'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * §7.2.3 items 9–10: the collections manager reviews a report (status REVISADO, with notes); who
 * and when are stamped. A reviewed report is kept as reviewed (R-INF-02).
 */
export const reviewReport: CollectionBeforeChangeHook<ManagementReport> = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || req.context.storingReportFiles) return data
  enforceRule(() => assertReportNotReviewed(originalDoc))
  if (data.status === REPORT_STATUS.reviewed) {
    data.reviewedBy = (req.user?.id as number | undefined) ?? null
    data.reviewedAt = new Date().toISOString()
  }
  return data
}
