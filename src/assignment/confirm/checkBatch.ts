import type { PayloadRequest } from 'payload'

import type { AssignmentBatch } from '@/payload-types'
import { assertBatchConfirmable } from '@/rules/assignment/confirmBatch'
import { enforceRule } from '@/utilities/enforceRule'
import { idOf } from '@/utilities/idOf'
import { loadAssignmentRules } from '../loadAssignmentRules'
import type { BatchRow } from './types'

/** Step "check the batch" (R-ASG-04): still a proposal, a reason given, every row with an active firm, each debtor once. */
export const checkBatch = async (req: PayloadRequest, batch: AssignmentBatch, reason: string): Promise<BatchRow[]> => {
  const { firms } = await loadAssignmentRules(req)
  const rows = (batch.rows ?? []).map((r) => ({
    debtor: Number(idOf(r.debtor)),
    firm: Number(idOf(r.firm)),
    branch: idOf(r.branch) === undefined ? null : Number(idOf(r.branch)),
    value: r.value ?? 0,
    openCases: r.openCases ?? 0,
  }))
  enforceRule(() => assertBatchConfirmable({ status: batch.status, rows: rows.map((r) => ({ debtor: r.debtor, firm: Number.isNaN(r.firm) ? null : r.firm })) }, firms, reason))
  return rows
}
