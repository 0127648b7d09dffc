import type { PayloadRequest } from 'payload'

import { appendCaseEvent } from '@/cases/appendCaseEvent'
import { SLUGS } from '@/constants/slugs'
import type { AssignmentBatch } from '@/payload-types'
import { ASSIGNMENT_SOURCE } from '@/rules/assignment/assignmentOptions'
import { CASE_EVENT_KIND } from '@/rules/cases/caseOptions'
import { idOf } from '@/utilities/idOf'
import { CLOSED_STAGES } from '../loadOpenDebts'
import type { BatchRow } from './types'

const firmName = async (req: PayloadRequest, id: number | null) => {
  if (id === null) return null
  const user = await req.payload.findByID({ collection: SLUGS.users, id, depth: 0, select: { name: true }, overrideAccess: true, disableErrors: true, req })
  return user?.name ?? `firma ${id}`
}

/**
 * One row of a confirmed batch: the firm on the debtor and on each of its open cases (as the
 * confirming manager, so the parties' and cases' own access and hooks apply), an entry in each
 * case's file, and a row of the trail with the previous firm, who, when and why. A debtor already
 * with that firm is left as it is.
 */
export const assignDebtor = async (req: PayloadRequest, batch: AssignmentBatch, row: BatchRow, reason: string) => {
  const asManager = { depth: 0, overrideAccess: false, user: req.user, req } as const
  const party = await req.payload.findByID({ collection: SLUGS.parties, id: row.debtor, depth: 0, select: { assignedFirm: true, branch: true }, overrideAccess: true, req })
  const previous = idOf(party.assignedFirm) === undefined ? null : Number(idOf(party.assignedFirm))
  if (previous === row.firm) return { changed: false, cases: 0 }
  await req.payload.update({ collection: SLUGS.parties, id: row.debtor, data: { assignedFirm: row.firm }, ...asManager })
  const [newName, oldName] = [await firmName(req, row.firm), await firmName(req, previous)]
  const { docs: cases } = await req.payload.find({
    collection: SLUGS.cases,
    where: { and: [{ debtor: { equals: row.debtor } }, { stage: { not_in: [...CLOSED_STAGES] } }] },
    select: { debtor: true },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const summary = `Asignado a la firma externa ${newName}${oldName ? ` (antes ${oldName})` : ''} en el lote ${batch.period}. Motivo: ${reason}`
  for (const { id } of cases) {
    const updated = await req.payload.update({ collection: SLUGS.cases, id, data: { assignedFirm: row.firm }, ...asManager })
    await appendCaseEvent(req, updated, { kind: CASE_EVENT_KIND.assignment, summary })
  }
  await req.payload.create({
    collection: SLUGS.firmAssignments,
    data: {
      summary: `${batch.period} · ${newName}`,
      debtor: row.debtor,
      firm: row.firm,
      previousFirm: previous,
      branch: (idOf(party.branch) as number | undefined) ?? row.branch,
      batch: batch.id,
      period: batch.period,
      source: ASSIGNMENT_SOURCE.batch,
      openCases: cases.length,
      value: row.value,
      assignedBy: (req.user?.id as number | undefined) ?? null,
      assignedByEmail: req.user?.email ?? 'sistema',
      assignedAt: new Date().toISOString(),
      reason,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return { changed: true, cases: cases.length }
}
