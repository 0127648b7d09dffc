import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { AssignmentBatch } from '@/payload-types'
import { proposeAssignments } from '@/rules/assignment/proposeAssignments'
import { storeDay } from '@/rules/calendar'
import { enforceRule } from '@/utilities/enforceRule'
import { loadAssignmentRules } from './loadAssignmentRules'
import { firmLoads, loadOpenDebts } from './loadOpenDebts'

/**
 * Seed 001 §7.2.1 item 6, the monthly batch: reads the rules and the open debts, lets the pure
 * rule (R-ASG-01…03) propose, and stores the proposal as a batch for the manager to review.
 */
export const proposeBatch = async (req: PayloadRequest, input: { period: string; asOf: string }): Promise<AssignmentBatch> => {
  const rules = await loadAssignmentRules(req)
  const debts = await loadOpenDebts(req)
  const names = new Map(debts.map((d) => [String(d.debtor), d.debtorName]))
  const unassigned = debts.filter((d) => d.firm === null)
  const { rows, leftOut } = enforceRule(() => proposeAssignments({ rules, debts: unassigned, loads: firmLoads(debts), asOf: input.asOf }))
  return req.payload.create({
    collection: SLUGS.assignmentBatches,
    data: {
      period: input.period,
      asOf: storeDay(input.asOf)!,
      rows: rows.map((r) => ({
        debtor: Number(r.debtor),
        debtorName: names.get(String(r.debtor)) ?? '',
        branch: r.branch === null ? null : Number(r.branch),
        value: r.value,
        oldestDueDate: storeDay(r.oldestDueDate),
        ageDays: r.ageDays,
        openCases: r.openCases,
        proposedFirm: Number(r.firm),
        firm: Number(r.firm),
      })),
      leftOut: leftOut.map((l) => ({ debtor: Number(l.debtor), reason: l.reason })),
    },
    depth: 0,
    // The caller checked `create` (requireAccess) or is the monthly job; status and left-out rows are the server's.
    overrideAccess: true,
    req,
  })
}
