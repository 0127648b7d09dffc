import type { Payload } from 'payload'

import type { Actor } from '@/auth/accessMatrix'
import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { Branch, Party, User } from '@/payload-types'
import { randomDigits } from './fixtures'

type Side = 'bog' | 'med'
type Row = { id: number }
type Json = Record<string, any>

/** The slugs of the assignment to firms and the reports (seed 001 §7.2.1 item 6, §7.2.3 items 9–10, §7.9.3). */
export const ASSIGNMENT_SLUGS = [SLUGS.assignmentBatches, SLUGS.firmAssignments, SLUGS.managementReports] as const
export type AssignmentSlug = (typeof ASSIGNMENT_SLUGS)[number]

const system = { overrideAccess: true, depth: 0 } as const

type World = { tag: string; branches: { bog: Branch; med: Branch }; users: { firmA: User; firmB: User; collectionsManager: User }; parties: { debtorBog: Party; debtorMed: Party } }

/**
 * A proposed batch per side (batches are not scoped: both are "anyone's"), a trail row per side
 * (Bogotá's debtor assigned to firm A, Medellín's to firm B) and a draft management report of each
 * firm. The assignment rules point at a branch with no debts, so a proposal run by the matrix is empty.
 */
export const buildAssignmentRows = async (payload: Payload, world: World) => {
  const create = async (collection: AssignmentSlug, data: Json): Promise<Row> => (await payload.create({ collection, data: data as never, ...system })) as Row
  const batch = (period: string) => create(SLUGS.assignmentBatches, { period, asOf: '2026-10-01T12:00:00.000Z', rows: [] })
  const trail = (side: Side) =>
    create(SLUGS.firmAssignments, {
      debtor: (side === 'bog' ? world.parties.debtorBog : world.parties.debtorMed).id,
      firm: (side === 'bog' ? world.users.firmA : world.users.firmB).id,
      branch: world.branches[side].id,
      period: '2026-10',
      assignedAt: new Date().toISOString(),
      reason: 'Matriz',
    })
  const report = (side: Side) =>
    create(SLUGS.managementReports, { period: '2026-09', kind: 'GESTION_MENSUAL', assignedFirm: (side === 'bog' ? world.users.firmA : world.users.firmB).id })
  const emptyBranch = (await payload.create({ collection: SLUGS.branches, data: { code: `V${randomDigits(7)}`, name: `Sin cartera ${world.tag}`, city: 'Cali' } as never, ...system })) as Row
  await payload.updateGlobal({
    slug: SLUGS.assignmentRules,
    data: { minAgeDays: 90, minValue: 0, maxOpenDebtsPerFirm: 100, branches: [emptyBranch.id], firms: [world.users.firmA.id] } as never,
    // As the collections manager keeps them: the firms' filter (external firms only) is checked as a user who reads users.
    overrideAccess: false,
    user: world.users.collectionsManager,
  })
  return {
    world,
    batches: { bog: await batch('2026-10'), med: await batch('2026-11') },
    trail: { bog: await trail('bog'), med: await trail('med') },
    reports: { bog: await report('bog'), med: await report('med') },
  }
}

export type AssignmentRows = Awaited<ReturnType<typeof buildAssignmentRows>>

export const assignmentRowsFor = (rows: AssignmentRows, slug: AssignmentSlug): { own: Row; other: Row } => {
  const pair = slug === SLUGS.assignmentBatches ? rows.batches : slug === SLUGS.firmAssignments ? rows.trail : rows.reports
  return { own: pair.bog, other: pair.med }
}

/** Data of a new row on one side, as the actor sends it (the executor generates the coactive report, R-INF-01). */
export const newAssignmentRowData = (rows: AssignmentRows, slug: AssignmentSlug, side: Side, actor: Actor): Json => {
  const { world } = rows
  const firm = (side === 'bog' ? world.users.firmA : world.users.firmB).id
  if (slug === SLUGS.assignmentBatches) return { period: '2026-10', asOf: '2026-10-01T12:00:00.000Z' }
  if (slug === SLUGS.firmAssignments) {
    return { debtor: (side === 'bog' ? world.parties.debtorBog : world.parties.debtorMed).id, firm, branch: world.branches[side].id, assignedAt: new Date().toISOString(), reason: 'Matriz' }
  }
  // GraphQL's input type requires every required field, the status (a draft) included.
  const report = { period: '2026-09', status: 'BORRADOR' }
  return actor === ROLES.executorOfficer ? { ...report, kind: 'COACTIVO_EJECUTOR' } : { ...report, kind: 'GESTION_MENSUAL', assignedFirm: firm }
}

/** A visible change to a row, how to tell it happened, and how to undo it. */
export const assignmentPatchFor = (slug: AssignmentSlug, row: Json, text: string) => {
  if (slug === SLUGS.assignmentBatches) {
    const period = `2027-${String(1 + (text.length % 12)).padStart(2, '0')}`
    const changed = period === row.period ? '2028-01' : period
    return { data: { period: changed }, applied: (r: Json) => r.period === changed, restore: { period: row.period } }
  }
  if (slug === SLUGS.firmAssignments) return { data: { reason: text }, applied: (r: Json) => r.reason === text, restore: { reason: row.reason } }
  return { data: { reviewNotes: text }, applied: (r: Json) => r.reviewNotes === text, restore: { reviewNotes: row.reviewNotes ?? null } }
}

/** A fresh proposed batch with one row: a new debtor of Bogotá without a firm, given to firm A. */
export const batchToConfirm = async (payload: Payload, world: World): Promise<Row> => {
  const debtor = (await payload.create({
    collection: SLUGS.parties,
    data: { idType: 'CC', idNumber: `1${randomDigits(9)}`, firstName: 'Lote', lastName: world.tag, branch: world.branches.bog.id } as never,
    ...system,
  })) as Row
  return (await payload.create({
    collection: SLUGS.assignmentBatches,
    data: { period: '2026-10', asOf: '2026-10-01T12:00:00.000Z', rows: [{ debtor: debtor.id, firm: world.users.firmA.id }] } as never,
    ...system,
  })) as Row
}
