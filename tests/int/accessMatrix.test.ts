import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  ACCESS_MATRIX,
  ACTORS,
  cellTitle,
  type Actor,
  type Channel,
  type MatrixCell,
  type Outcome,
} from '@/auth/accessMatrix'
import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { PASSWORD } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import {
  buildMatrixWorld,
  indicatorPeriod,
  JOBS_SLUG,
  newRowData,
  uploadFileFor,
  rowsFor,
  throwawayRow,
  userFor,
  type MatrixSlug,
  type MatrixWorld,
  type Side,
} from './helpers/matrixWorld'
import { agreementPatchFor, agreementRequestData, openDebtorCase } from './helpers/agreementWorld'
import { noticePatchFor } from './helpers/noticeWorld'
import { guaranteePatchFor } from './helpers/guaranteeWorld'
import { assignmentPatchFor, batchToConfirm } from './helpers/assignmentWorld'
import { payoutPatchFor } from './helpers/payoutWorld'
import { initTestApp } from './helpers/initTestApp'

/**
 * R-ROL-01/02 (issue 8): the role × operation matrix of src/auth/accessMatrix.ts, cell by cell, for
 * anonymous visitors and every role, over REST, GraphQL and the Local API. A "scope" cell proves
 * both halves: its own row is read / changed, the other side's row is invisible / refused. Every
 * write that should happen is checked in the database and undone; every refused one changed nothing.
 */

const { payload, api } = await initTestApp()
let world: MatrixWorld
const clients = new Map<Actor, ApiClient>()
const graphqlFields = new Set<string>()

type Json = Record<string, any>
type Row = { id: number }

/** What one attempt through one channel did. */
type Attempt = { ok: boolean; status: number; detail: string; id?: number }

const SINGULAR: Record<string, string> = {
  users: 'User',
  branches: 'Branch',
  parties: 'Party',
  policies: 'Policy',
  documents: 'Document',
  requests: 'Request',
  'request-kinds': 'RequestKind',
  legalizations: 'Legalization',
  payments: 'Payment',
  'bank-accounts': 'BankAccount',
  'case-number-counters': 'CaseNumberCounter',
  cases: 'Case',
  notifications: 'Notification',
  'case-events': 'CaseEvent',
  'audit-logs': 'AuditLog',
  'payload-jobs': 'PayloadJob',
  'provider-registry': 'ProviderRegistry',
  'provider-registrations': 'ProviderRegistration',
  payouts: 'Payout',
  'payout-invoices': 'PayoutInvoice',
  agreements: 'Agreement',
  'agreement-instalments': 'AgreementInstalment',
  'email-messages': 'EmailMessage',
  notices: 'Notice',
  guarantees: 'Guarantee',
  'bdme-entries': 'BdmeEntry',
  'indicator-snapshots': 'IndicatorSnapshot',
  'assignment-batches': 'AssignmentBatch',
  'firm-assignments': 'FirmAssignment',
  'management-reports': 'ManagementReport',
  'portfolio-imports': 'PortfolioImport',
}
const PLURAL: Record<string, string> = {
  users: 'Users',
  branches: 'Branches',
  parties: 'Parties',
  policies: 'Policies',
  documents: 'Documents',
  requests: 'Requests',
  'request-kinds': 'RequestKinds',
  legalizations: 'Legalizations',
  payments: 'Payments',
  'bank-accounts': 'BankAccounts',
  'case-number-counters': 'CaseNumberCounters',
  cases: 'Cases',
  notifications: 'Notifications',
  'case-events': 'CaseEvents',
  'audit-logs': 'AuditLogs',
  'payload-jobs': 'PayloadJobs',
  'provider-registry': 'ProviderRegistries',
  'provider-registrations': 'ProviderRegistrations',
  payouts: 'Payouts',
  'payout-invoices': 'PayoutInvoices',
  agreements: 'Agreements',
  'agreement-instalments': 'AgreementInstalments',
  'email-messages': 'EmailMessages',
  notices: 'Notices',
  guarantees: 'Guarantees',
  'bdme-entries': 'BdmeEntries',
  'indicator-snapshots': 'IndicatorSnapshots',
  'assignment-batches': 'AssignmentBatches',
  'firm-assignments': 'FirmAssignments',
  'management-reports': 'ManagementReports',
  'portfolio-imports': 'PortfolioImports',
}
const GLOBAL_NAMES: Record<string, string> = { settings: 'Setting', 'payload-jobs-stats': 'PayloadJobsStat', 'assignment-rules': 'AssignmentRule' }

/** A channel the matrix lists must exist: if Payload stops generating a GraphQL operation, the cell's channels change in src/auth/accessMatrix.ts. */
const notInGraphQL = (name: string) => `GraphQL has no ${name}: take 'graphql' out of this cell's channels in src/auth/accessMatrix.ts`

const userOf = (actor: Actor): User | undefined => userFor(world, actor)
const clientOf = (actor: Actor): ApiClient => clients.get(actor) ?? api.anonymous
const as = (actor: Actor) => ({ overrideAccess: false, user: userOf(actor), depth: 0 }) as const
const system = { overrideAccess: true, depth: 0 } as const

const stored = async (slug: MatrixSlug, id: number): Promise<Json | null> =>
  (await payload.findByID({ collection: slug as never, id, disableErrors: true, ...system })) as Json | null

const countOf = async (slug: MatrixSlug) => (await payload.count({ collection: slug as never, overrideAccess: true })).totalDocs

const remove = (slug: MatrixSlug, id: number) =>
  payload.delete({ collection: slug as never, id, overrideAccess: true }).catch(() => undefined)

const describeError = (e: unknown): { status: number; detail: string } => {
  const error = e as { status?: number; message?: string }
  return { status: error.status ?? 500, detail: error.message ?? String(e) }
}

const local = async (run: () => Promise<unknown>): Promise<Attempt> => {
  try {
    const value = (await run()) as { id?: number } | null
    return { ok: true, status: 200, detail: 'ok', id: value?.id }
  } catch (e) {
    return { ok: false, ...describeError(e) }
  }
}

const restAttempt = (res: { status: number; body: Json }): Attempt => ({
  ok: res.status >= 200 && res.status < 300,
  status: res.status,
  detail: res.status < 300 ? 'ok' : JSON.stringify(res.body).slice(0, 300),
  id: res.body?.doc?.id ?? res.body?.id,
})

const graphqlAttempt = (res: { status: number; body: Json }, field: string): Attempt => {
  const value = res.body.data?.[field]
  const error = res.body.errors?.[0]
  if (value && !error) return { ok: true, status: 200, detail: 'ok', id: value.id }
  return { ok: false, status: error?.extensions?.statusCode ?? res.status, detail: error?.message ?? JSON.stringify(res.body).slice(0, 300) }
}

/** A refusal must be one, not a crash: 4xx (a rule's 409 included). */
const isRefusal = (a: Attempt) => !a.ok && a.status >= 400 && a.status < 500

// ---------- reading rows ----------

/** Which of `ids` the actor gets back through a channel (a refused list is "none of them"). */
const visibleThrough = async (channel: Channel, actor: Actor, slug: MatrixSlug, ids: number[]): Promise<number[] | string> => {
  const unique = [...new Set(ids)]
  if (channel === 'local') {
    try {
      const { docs } = await payload.find({ collection: slug as never, where: { id: { in: unique } }, pagination: false, ...as(actor) })
      return docs.map((d) => Number((d as Row).id))
    } catch (e) {
      const { status, detail } = describeError(e)
      return status === 401 || status === 403 ? [] : `Local API ${status}: ${detail}`
    }
  }
  if (channel === 'rest') {
    const res = await clientOf(actor).rest('GET', `/${slug}?depth=0&limit=100&where[id][in]=${unique.join(',')}`)
    if (res.status === 200) return (res.body.docs as Row[]).map((d) => Number(d.id))
    return res.status === 401 || res.status === 403 ? [] : `REST ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}`
  }
  const plural = PLURAL[slug]!
  if (!graphqlFields.has(plural)) return notInGraphQL(plural)
  const res = await clientOf(actor).graphql(`query ($where: ${SINGULAR[slug]}_where) { ${plural}(where: $where, limit: 100) { docs { id } } }`, {
    where: { OR: unique.map((id) => ({ id: { equals: id } })) },
  })
  const error = res.body.errors?.[0]
  if (error) {
    const status = error.extensions?.statusCode
    return status === 401 || status === 403 ? [] : `GraphQL ${status}: ${error.message}`
  }
  return (res.body.data[plural].docs as Row[]).map((d) => Number(d.id))
}

/** What "all / scope / self / none" means for the own and the other row. */
const visibilityExpected = (outcome: Outcome) => ({
  own: outcome !== 'none',
  other: outcome === 'all' || outcome === 'allowed',
})

const checkVisibility = (label: string, outcome: Outcome, seen: { own: boolean; other: boolean }, sameRow: boolean): string[] => {
  const expected = visibilityExpected(outcome)
  const failures: string[] = []
  if (seen.own !== expected.own) failures.push(`${label}: own row ${seen.own ? 'visible' : 'invisible'}, expected ${expected.own ? 'visible' : 'invisible'}`)
  if (!sameRow && seen.other !== expected.other) {
    failures.push(`${label}: other row ${seen.other ? 'visible' : 'invisible'}, expected ${expected.other ? 'visible' : 'invisible'}`)
  }
  return failures
}

const checkRead = async (cell: MatrixCell, actor: Actor): Promise<string[]> => {
  const slug = cell.slug as MatrixSlug
  const { own, other } = rowsFor(world, actor, slug)
  const failures: string[] = []
  for (const channel of cell.channels) {
    const seen = await visibleThrough(channel, actor, slug, [own.id, other.id])
    if (typeof seen === 'string') {
      failures.push(seen)
      continue
    }
    failures.push(...checkVisibility(channel, cell.expected[actor], { own: seen.includes(own.id), other: seen.includes(other.id) }, own.id === other.id))
  }
  return failures
}

// ---------- field-level reads ----------

const present = (value: unknown) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)

/** GraphQL resolves a relationship through the related collection's access: only its absence proves anything. */
const RELATIONSHIP_FIELDS = new Set(['assignedFirm'])

/** The fields of `slug` with a read cell: one query per actor and channel serves all of them. */
const readFieldsOf = (slug: string) => ACCESS_MATRIX.filter((c) => c.kind === 'field' && c.operation === 'read' && c.slug === slug).map((c) => c.field!)

const fieldDocs = new Map<string, Promise<Json[] | string>>()

const docsWithFields = (channel: Channel, actor: Actor, slug: MatrixSlug, ids: number[]): Promise<Json[] | string> => {
  const key = `${channel}|${actor}|${slug}|${ids.join(',')}`
  let docs = fieldDocs.get(key)
  if (!docs) {
    docs = fetchDocsWithFields(channel, actor, slug, ids)
    fieldDocs.set(key, docs)
  }
  return docs
}

const fetchDocsWithFields = async (channel: Channel, actor: Actor, slug: MatrixSlug, ids: number[]): Promise<Json[] | string> => {
  if (channel === 'local') {
    return payload
      .find({ collection: slug as never, where: { id: { in: ids } }, pagination: false, ...as(actor) })
      .then((r) => r.docs as Json[])
      .catch((e: unknown) => ([401, 403].includes(describeError(e).status) ? [] : describeError(e).detail))
  }
  if (channel === 'rest') {
    const res = await clientOf(actor).rest('GET', `/${slug}?depth=0&limit=100&where[id][in]=${ids.join(',')}`)
    return res.status === 200 ? res.body.docs : [401, 403].includes(res.status) ? [] : `REST ${res.status}`
  }
  const selection = readFieldsOf(slug)
    .map((f) => (RELATIONSHIP_FIELDS.has(f) ? `${f} { id }` : f))
    .join(' ')
  const res = await clientOf(actor).graphql(
    `query ($where: ${SINGULAR[slug]}_where) { ${PLURAL[slug]}(where: $where, limit: 100) { docs { id ${selection} } } }`,
    { where: { OR: ids.map((id) => ({ id: { equals: id } })) } },
  )
  const error = res.body.errors?.[0]
  return error ? ([401, 403].includes(error.extensions?.statusCode) ? [] : `GraphQL: ${error.message}`) : res.body.data[PLURAL[slug]!].docs
}

const checkFieldRead = async (cell: MatrixCell, actor: Actor): Promise<string[]> => {
  const slug = cell.slug as MatrixSlug
  const field = cell.field!
  const { own, other } = rowsFor(world, actor, slug)
  const failures: string[] = []
  const expected = visibilityExpected(cell.expected[actor])
  for (const channel of cell.channels) {
    const docs = await docsWithFields(channel, actor, slug, [own.id, other.id])
    if (typeof docs === 'string') {
      failures.push(docs)
      continue
    }
    const withField = (id: number) => docs.some((d) => Number(d.id) === id && present(d[field]))
    const seen = { own: withField(own.id), other: withField(other.id) }
    if (channel === 'graphql' && RELATIONSHIP_FIELDS.has(field)) {
      // Only "hidden" can be asserted: a visible relationship may still resolve to null.
      if (!expected.own && seen.own) failures.push(`${channel}: ${field} of the own row is readable, expected hidden`)
      if (!expected.other && seen.other) failures.push(`${channel}: ${field} of the other row is readable, expected hidden`)
      continue
    }
    failures.push(...checkVisibility(`${channel} ${field}`, cell.expected[actor], seen, false))
  }
  return failures
}

// ---------- writes ----------

const createThrough = async (channel: Channel, actor: Actor, slug: MatrixSlug, data: Json): Promise<Attempt> => {
  const upload = uploadFileFor(slug)
  if (channel === 'local') {
    return local(() => payload.create({ collection: slug as never, data: data as never, ...(upload ? { file: upload } : {}), ...as(actor) }))
  }
  if (channel === 'rest') {
    if (upload) {
      const file = upload
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      form.append('_payload', JSON.stringify(data))
      return restAttempt(await clientOf(actor).rest('POST', `/${slug}?depth=0`, form))
    }
    return restAttempt(await clientOf(actor).rest('POST', `/${slug}?depth=0`, data))
  }
  const name = `create${SINGULAR[slug]}`
  if (!graphqlFields.has(name)) return { ok: false, status: 0, detail: notInGraphQL(name) }
  return graphqlAttempt(
    await clientOf(actor).graphql(`mutation ($data: mutation${SINGULAR[slug]}Input!) { ${name}(data: $data) { id } }`, { data }),
    name,
  )
}

const updateThrough = async (channel: Channel, actor: Actor, slug: MatrixSlug, id: number, data: Json): Promise<Attempt> => {
  if (channel === 'local') return local(() => payload.update({ collection: slug as never, id, data: data as never, ...as(actor) }))
  if (channel === 'rest') return restAttempt(await clientOf(actor).rest('PATCH', `/${slug}/${id}?depth=0`, data))
  const name = `update${SINGULAR[slug]}`
  if (!graphqlFields.has(name)) return { ok: false, status: 0, detail: notInGraphQL(name) }
  return graphqlAttempt(
    await clientOf(actor).graphql(`mutation ($id: Int!, $data: mutation${SINGULAR[slug]}UpdateInput!) { ${name}(id: $id, data: $data) { id } }`, {
      id,
      data,
    }),
    name,
  )
}

const deleteThrough = async (channel: Channel, actor: Actor, slug: MatrixSlug, id: number): Promise<Attempt> => {
  if (channel === 'local') return local(() => payload.delete({ collection: slug as never, id, ...as(actor) }))
  if (channel === 'rest') return restAttempt(await clientOf(actor).rest('DELETE', `/${slug}/${id}`))
  const name = `delete${SINGULAR[slug]}`
  if (!graphqlFields.has(name)) return { ok: false, status: 0, detail: notInGraphQL(name) }
  return graphqlAttempt(await clientOf(actor).graphql(`mutation ($id: Int!) { ${name}(id: $id) { id } }`, { id }), name)
}

/** Which sides a write must succeed on, and which it must be refused on. */
const writeSides = (outcome: Outcome): { allowed: Side[]; refused: Side[] } => {
  if (outcome === 'allowed' || outcome === 'all') return { allowed: ['bog', 'med'], refused: [] }
  if (outcome === 'scope' || outcome === 'self') return { allowed: ['bog'], refused: ['med'] }
  return { allowed: [], refused: ['bog', 'med'] }
}

const checkCreate = async (cell: MatrixCell, actor: Actor): Promise<string[]> => {
  const slug = cell.slug as MatrixSlug
  const { allowed, refused } = writeSides(cell.expected[actor])
  const failures: string[] = []
  for (const channel of cell.channels) {
    for (const side of [...allowed, ...refused]) {
      const must = allowed.includes(side)
      const before = await countOf(slug)
      const attempt = await createThrough(channel, actor, slug, newRowData(world, actor, slug, side))
      const after = await countOf(slug)
      if (attempt.ok && attempt.id !== undefined) await remove(slug, attempt.id)
      if (must && !(attempt.ok && after === before + 1)) failures.push(`${channel} ${side}: create refused (${attempt.status} ${attempt.detail})`)
      if (!must && (!isRefusal(attempt) || after !== before)) {
        failures.push(`${channel} ${side}: create should be refused, got ${attempt.status} ${attempt.detail}; rows ${before} → ${after}`)
      }
    }
  }
  return failures
}

/** A visible change to a row, how to tell it happened, and how to undo it. */
type Patch = { data: Json; applied: (row: Json) => boolean; restore?: Json }

let counter = 0
const marker = () => `Matriz ${++counter} ${Date.now()}`

const patchFor = (slug: MatrixSlug, actor: Actor, row: Json): Patch => {
  const text = marker()
  const n = ++counter
  switch (slug) {
    case SLUGS.users:
      return { data: { name: text }, applied: (r) => r.name === text, restore: { name: row.name } }
    case SLUGS.branches:
      return { data: { phone: text }, applied: (r) => r.phone === text, restore: { phone: row.phone ?? null } }
    case SLUGS.parties:
      return { data: { firstName: text }, applied: (r) => r.firstName === text, restore: { firstName: row.firstName ?? null } }
    case SLUGS.policies: {
      const day = `2027-02-${String(1 + (n % 27)).padStart(2, '0')}`
      return { data: { coverEnd: `${day}T12:00:00.000Z` }, applied: (r) => String(r.coverEnd).startsWith(day), restore: { coverEnd: row.coverEnd } }
    }
    case SLUGS.documents:
      return { data: { description: text }, applied: (r) => r.description === text, restore: { description: row.description ?? null } }
    case SLUGS.requests:
      // Comments are never edited nor removed (R-REQ-05): one more is the change, and it stays.
      return {
        data: { comments: [...(row.comments ?? []).map((c: Json) => ({ id: c.id, text: c.text })), { text }] },
        applied: (r) => (r.comments ?? []).some((c: Json) => c.text === text),
      }
    case SLUGS.requestKinds:
      return { data: { name: text }, applied: (r) => r.name === text, restore: { name: row.name } }
    case SLUGS.legalizations:
      return { data: { holderName: text }, applied: (r) => r.holderName === text, restore: { holderName: row.holderName ?? null } }
    case SLUGS.bankAccounts:
      return { data: { accountNumber: `MZ-${n}-${Date.now()}` }, applied: (r) => String(r.accountNumber).startsWith(`MZ-${n}-`), restore: { accountNumber: row.accountNumber } }
    case SLUGS.payments:
      return { data: { bankBranch: text }, applied: (r) => r.bankBranch === text, restore: { bankBranch: row.bankBranch ?? null } }
    case SLUGS.caseNumberCounters:
      return { data: { lastNumber: row.lastNumber + 1000 }, applied: (r) => r.lastNumber === row.lastNumber + 1000, restore: { lastNumber: row.lastNumber } }
    case SLUGS.cases:
      if (row.stage === 'COACTIVO') {
        return {
          data: { paymentOrder: { number: text } },
          applied: (r) => r.paymentOrder?.number === text,
          restore: { paymentOrder: { number: row.paymentOrder?.number ?? null } },
        }
      }
      return {
        data: { persuasiveActions: [...(row.persuasiveActions ?? []), { channel: 'LLAMADA', date: '2026-04-02', outcome: text }] },
        applied: (r) => (r.persuasiveActions ?? []).some((a: Json) => a.outcome === text),
        restore: { persuasiveActions: row.persuasiveActions ?? [] },
      }
    case SLUGS.notifications:
      return {
        data: { facts: { citationAddress: text } },
        applied: (r) => r.facts?.citationAddress === text,
        restore: { facts: { citationAddress: row.facts?.citationAddress ?? null } },
      }
    case SLUGS.caseEvents:
      return { data: { summary: text }, applied: (r) => r.summary === text, restore: { summary: row.summary } }
    case SLUGS.auditLogs:
      return { data: { userEmail: `m${n}@test.co` }, applied: (r) => r.userEmail === `m${n}@test.co`, restore: { userEmail: row.userEmail } }
    case SLUGS.emailMessages:
      return { data: { subject: text }, applied: (r) => r.subject === text, restore: { subject: row.subject } }
    case JOBS_SLUG:
      return { data: { queue: `matriz-${n}` }, applied: (r) => r.queue === `matriz-${n}`, restore: { queue: row.queue } }
    case SLUGS.providerRegistry:
    case SLUGS.providerRegistrations:
    case SLUGS.payouts:
    case SLUGS.payoutInvoices:
      return payoutPatchFor(slug, row, text, n)
    case SLUGS.agreements:
    case SLUGS.agreementInstalments:
      return agreementPatchFor(slug, row, text)
    case SLUGS.notices:
      return noticePatchFor(row, n)
    case SLUGS.guarantees:
    case SLUGS.bdmeEntries:
      return guaranteePatchFor(slug, row, text)
    case SLUGS.indicatorSnapshots:
      return { data: { notes: text }, applied: (r) => r.notes === text, restore: { notes: row.notes ?? null } }
    case SLUGS.portfolioImports:
      return { data: { cancelRequested: !row.cancelRequested }, applied: (r) => r.cancelRequested === !row.cancelRequested, restore: { cancelRequested: Boolean(row.cancelRequested) } }
    case SLUGS.assignmentBatches:
    case SLUGS.firmAssignments:
    case SLUGS.managementReports:
      return assignmentPatchFor(slug, row, text)
  }
}

const other = <T>(value: unknown, a: T, b: T): T => (String(value) === String(a) ? b : a)

/** Field cells: the value that changes who works the record (or the BDME flag). */
const fieldPatchFor = (cell: MatrixCell, row: Json): Patch => {
  const { users, branches } = world
  const value = (v: unknown) => (v && typeof v === 'object' ? (v as Row).id : v)
  const toggle = (field: string, next: unknown): Patch => ({
    data: { [field]: next },
    applied: (r) => String(value(r[field]) ?? null) === String(next ?? null),
    restore: { [field]: value(row[field]) ?? null },
  })
  const field = cell.field!
  if (field === 'branch') return toggle(field, other(value(row.branch), branches.bog.id, branches.med.id))
  if (field === 'assignedFirm') return toggle(field, other(value(row.assignedFirm), users.firmA.id, users.firmB.id))
  if (field === 'reportedToBdme') {
    // R-ROL-05: a report carries its date; a withdrawal clears it.
    const reporting = !row.reportedToBdme
    return {
      data: reporting ? { reportedToBdme: true, bdmeReportedAt: '2026-11-02T12:00:00.000Z' } : { reportedToBdme: false },
      applied: (r) => Boolean(r.reportedToBdme) === reporting,
      restore: { reportedToBdme: Boolean(row.reportedToBdme), bdmeReportedAt: row.bdmeReportedAt ?? null },
    }
  }
  // responsible: someone of the case's branch, or back to nobody.
  const sameBranch = String(value(row.branch)) === String(branches.bog.id) ? users.branchManagerBog.id : users.professionalMed.id
  return toggle(field, value(row.responsible) ? null : sameBranch)
}

/** Runs one write per channel against `target`, checks it happened (or not) in the database, and undoes it. */
const checkUpdates = async (
  cell: MatrixCell,
  actor: Actor,
  targets: { side: Side; row: Row; must: boolean }[],
  patchOf: (row: Json) => Patch,
): Promise<string[]> => {
  const slug = cell.slug as MatrixSlug
  const failures: string[] = []
  for (const channel of cell.channels) {
    for (const { side, row, must } of targets) {
      const before = (await stored(slug, row.id))!
      const patch = patchOf(before)
      const attempt = await updateThrough(channel, actor, slug, row.id, patch.data)
      const after = (await stored(slug, row.id))!
      const applied = patch.applied(after)
      if (applied && patch.restore) await payload.update({ collection: slug as never, id: row.id, data: patch.restore as never, ...system })
      if (must && !(attempt.ok && applied)) failures.push(`${channel} ${side}: update refused or not applied (${attempt.status} ${attempt.detail})`)
      if (!must && (!isRefusal(attempt) || applied)) {
        failures.push(`${channel} ${side}: update should be refused, got ${attempt.status} ${attempt.detail}${applied ? ' and the row CHANGED' : ''}`)
      }
    }
  }
  return failures
}

const updateTargets = (cell: MatrixCell, actor: Actor) => {
  const { own, other: otherRow } = rowsFor(world, actor, cell.slug as MatrixSlug)
  const { allowed } = writeSides(cell.expected[actor])
  const targets = [{ side: 'bog' as Side, row: own, must: allowed.includes('bog') }]
  if (otherRow.id !== own.id) targets.push({ side: 'med', row: otherRow, must: allowed.includes('med') })
  return targets
}

const checkDelete = async (cell: MatrixCell, actor: Actor): Promise<string[]> => {
  const slug = cell.slug as MatrixSlug
  const must = cell.expected[actor] === 'allowed'
  const failures: string[] = []
  for (const channel of cell.channels) {
    // A row to lose when the delete must happen; a refused one is tried on the actor's own fixture
    // row (users: another user, never the actor itself), which a refusal leaves as it was.
    const throwaway = must
    const row = throwaway
      ? await throwawayRow(payload, world, actor, slug)
      : slug === SLUGS.users
        ? await victimFor(channel)
        : rowsFor(world, actor, slug).own
    const attempt = await deleteThrough(channel, actor, slug, row.id)
    const still = await stored(slug, row.id)
    if (still && throwaway) await remove(slug, row.id)
    if (must && !(attempt.ok && !still)) failures.push(`${channel}: delete refused (${attempt.status} ${attempt.detail})`)
    if (!must && (!isRefusal(attempt) || !still)) failures.push(`${channel}: delete should be refused, got ${attempt.status} ${attempt.detail}${still ? '' : ' and the row is GONE'}`)
  }
  return failures
}

// ---------- globals ----------

const checkGlobal = async (cell: MatrixCell, actor: Actor): Promise<string[]> => {
  const slug = cell.slug
  const name = GLOBAL_NAMES[slug]!
  const must = cell.expected[actor] !== 'none'
  const failures: string[] = []
  const read = () => payload.findGlobal({ slug: slug as never, overrideAccess: true, depth: 0 }) as Promise<Json>
  for (const channel of cell.channels) {
    if (cell.operation === 'read') {
      let attempt: Attempt
      if (channel === 'local') attempt = await local(() => payload.findGlobal({ slug: slug as never, ...as(actor) }))
      else if (channel === 'rest') attempt = restAttempt(await clientOf(actor).rest('GET', `/globals/${slug}?depth=0`))
      else if (!graphqlFields.has(name)) attempt = { ok: false, status: 0, detail: notInGraphQL(name) }
      else attempt = graphqlAttempt(await clientOf(actor).graphql(`{ ${name} { updatedAt } }`), name)
      if (must && !attempt.ok) failures.push(`${channel}: read refused (${attempt.status} ${attempt.detail})`)
      if (!must && !isRefusal(attempt)) failures.push(`${channel}: read should be refused, got ${attempt.status} ${attempt.detail}`)
      continue
    }
    const before = await read()
    const n = ++counter
    const patch: Patch =
      slug === SLUGS.settings
        ? {
            data: { minimumWages: [...(before.minimumWages ?? []).map(({ year, amount }: Json) => ({ year, amount })), { year: 2040 + (n % 50), amount: 2_000_000 }] },
            applied: (g) => (g.minimumWages ?? []).some((w: Json) => w.year === 2040 + (n % 50)),
            restore: { minimumWages: (before.minimumWages ?? []).map(({ year, amount }: Json) => ({ year, amount })) },
          }
        : slug === SLUGS.assignmentRules
          ? {
              // GraphQL's input type requires every required field of the global.
              data: { minAgeDays: before.minAgeDays ?? 90, minValue: before.minValue ?? 0, maxOpenDebtsPerFirm: 1000 + n },
              applied: (g) => g.maxOpenDebtsPerFirm === 1000 + n,
              restore: { maxOpenDebtsPerFirm: before.maxOpenDebtsPerFirm },
            }
          : { data: { stats: { matriz: n } }, applied: (g) => g.stats?.matriz === n, restore: { stats: before.stats ?? null } }
    let attempt: Attempt
    if (channel === 'local') attempt = await local(() => payload.updateGlobal({ slug: slug as never, data: patch.data as never, ...as(actor) }))
    else if (channel === 'rest') attempt = restAttempt(await clientOf(actor).rest('POST', `/globals/${slug}`, patch.data))
    else if (!graphqlFields.has(`update${name}`)) attempt = { ok: false, status: 0, detail: notInGraphQL(`update${name}`) }
    else {
      attempt = graphqlAttempt(
        await clientOf(actor).graphql(`mutation ($data: mutation${name}Input!) { update${name}(data: $data) { updatedAt } }`, { data: patch.data }),
        `update${name}`,
      )
    }
    const applied = patch.applied(await read())
    // As the administrator: a relationship's filterOptions (assignment rules' firms) are checked with the writer's read access.
    if (applied) await payload.updateGlobal({ slug: slug as never, data: patch.restore as never, overrideAccess: true, user: userOf(ROLES.admin) })
    if (must && !(attempt.ok && applied)) failures.push(`${channel}: update refused or not applied (${attempt.status} ${attempt.detail})`)
    if (!must && (!isRefusal(attempt) || applied)) failures.push(`${channel}: update should be refused, got ${attempt.status} ${attempt.detail}${applied ? ' and it CHANGED' : ''}`)
  }
  return failures
}

// ---------- credentials ----------

/** The stored password hash: the only proof that a password did (not) change. */
const hashOf = async (id: number): Promise<string> => {
  const row = (await payload.db.findOne({ collection: SLUGS.users, where: { id: { equals: id } } })) as Json | null
  return String(row?.hash ?? '')
}

const VICTIM_ROLE = ROLES.editor

/** One user per channel whose account the others try to take over; recreated only if it was deleted. */
const victims = new Map<Channel, User>()
const victimFor = async (channel: Channel): Promise<User> => {
  const known = victims.get(channel)
  if (known && (await stored(SLUGS.users, known.id))) return known
  const created = (await payload.create({
    collection: SLUGS.users,
    data: { email: `victima-${channel}-${Date.now()}@test.co`, password: PASSWORD, name: 'Víctima', role: VICTIM_ROLE } as never,
    ...system,
  })) as User
  victims.set(channel, created)
  return created
}

/** Actors whose sessions ended because their password was changed (and put back): they sign in again before the next HTTP call. */
const stale = new Set<Actor>()
const ensureSession = async (actor: Actor) => {
  const user = userOf(actor)
  if (!user || !stale.has(actor)) return
  clients.set(actor, await api.login(user.email))
  stale.delete(actor)
}

const checkCredential = async (cell: MatrixCell, actor: Actor): Promise<string[]> => {
  const must = cell.expected[actor] !== 'none'
  const failures: string[] = []
  const own = cell.field === 'ownRole' || cell.field === 'ownPasswordWithoutCurrent'
  const me = userOf(actor)
  for (const channel of cell.channels) {
    if (channel !== 'local') await ensureSession(actor)
    const target = own && me ? ((await stored(SLUGS.users, me.id)) as User) : await victimFor(channel)
    const newPassword = `Vq9!${Math.random().toString(36).slice(2, 12)}-${++counter}-Zm`
    const newEmail = `cambiado-${counter}-${Date.now()}@test.co`
    const hashBefore = await hashOf(target.id)
    const passwordChanged = async () => (await hashOf(target.id)) !== hashBefore
    const change: Record<string, { data: Json; applied: (row: Json) => Promise<boolean>; restore: Json }> = {
      otherPassword: { data: { password: newPassword }, applied: passwordChanged, restore: { password: PASSWORD } },
      ownPasswordWithoutCurrent: { data: { password: newPassword }, applied: passwordChanged, restore: { password: PASSWORD } },
      otherEmail: { data: { email: newEmail }, applied: async (r) => r.email === newEmail, restore: { email: target.email } },
      otherRole: { data: { role: ROLES.legalManager }, applied: async (r) => r.role === ROLES.legalManager, restore: { role: target.role } },
      ownRole: {
        data: { role: target.role === ROLES.admin ? ROLES.collectionsManager : ROLES.admin },
        applied: async (r) => r.role !== target.role,
        restore: { role: target.role },
      },
    }
    const { data, applied, restore } = change[cell.field!]!
    const attempt = await updateThrough(channel, actor, SLUGS.users, target.id, data)
    const changed = await applied((await stored(SLUGS.users, target.id))!)
    // Put the account back as it was, so the rest of the matrix runs with the same users; a new
    // password ends the actor's own sessions, so it signs in again before its next HTTP call.
    if (changed) await payload.update({ collection: SLUGS.users, id: target.id, data: restore as never, ...system })
    if (changed && own && 'password' in restore) stale.add(actor)
    if (must && !(attempt.ok && changed)) failures.push(`${channel}: refused or not applied (${attempt.status} ${attempt.detail})`)
    if (!must && (!isRefusal(attempt) || changed)) failures.push(`${channel}: should be refused, got ${attempt.status} ${attempt.detail}${changed ? ' and it CHANGED' : ''}`)
  }
  return failures
}

// ---------- custom endpoints (HTTP only) ----------

const xlsxText = async (response: Response): Promise<string> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  const cells: string[] = []
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? '')))))
  return cells.join('\n')
}

/** GET an endpoint: null when refused (4xx), else the text the user got (JSON or the workbook's cells). */
const getText = async (actor: Actor, path: string): Promise<string | null | { error: string }> => {
  const response = await clientOf(actor).raw('GET', path)
  if (response.status >= 400 && response.status < 500) return null
  if (response.status !== 200) return { error: `${path}: ${response.status} ${(await response.text()).slice(0, 200)}` }
  if ((response.headers.get('content-type') ?? '').includes('spreadsheetml')) return xlsxText(response)
  return response.text()
}

const checkSeenText = (outcome: Outcome, texts: { own: string | null; other: string | null }, needles: { own: string; other: string }) => {
  const seen = {
    own: texts.own !== null && texts.own.includes(needles.own),
    other: texts.other !== null && texts.other.includes(needles.other),
  }
  return checkVisibility('REST', outcome, seen, false)
}

/** A fresh draft legalization on one side (its own policy, so confirmations never exhaust a balance). */
const draftLegalization = async (side: Side) => {
  const policy = await payload.create({
    collection: SLUGS.policies,
    data: newRowData(world, 'anonymous', SLUGS.policies, side) as never,
    ...system,
  })
  return payload.create({
    collection: SLUGS.legalizations,
    data: { clave: (policy as Json).clave, policies: [policy.id] } as never,
    ...system,
  }) as Promise<Json>
}

/** Acts of a side's case (documents with `case` set), counted as the system. */
const actsOf = async (side: Side) =>
  (await payload.count({ collection: SLUGS.documents, where: { case: { equals: world.cases[side].id } }, overrideAccess: true })).totalDocs

/** A fresh draft act of a side's (persuasive) case, drafted by the administrator. */
const draftAct = async (side: Side): Promise<Json> => {
  const res = await clientOf('admin').rest('POST', `/${SLUGS.cases}/${world.cases[side].id}/acts`, { kind: 'CONSTITUCION_EN_MORA' })
  if (res.status !== 201) throw new Error(`draft act: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`)
  return res.body.doc
}

const SIGNERS_BEFORE_COACTIVE: Actor[] = [ROLES.branchManager, ROLES.collectionsManager]

/**
 * Issue 11: drafting an act = updating its case (a draft appears only where allowed); signing one
 * passes the same permission, after which only the competent role signs (R-ROL-03: a refusal that
 * names the rule, never a permission refusal) — and nothing is signed where the permission fails.
 */
const checkActEndpoint = async (key: string, actor: Actor, outcome: Outcome): Promise<string[]> => {
  const { allowed, refused } = writeSides(outcome)
  const failures: string[] = []
  for (const side of [...allowed, ...refused]) {
    const may = allowed.includes(side)
    if (key === 'cases.generateAct') {
      const before = await actsOf(side)
      const res = await clientOf(actor).raw('POST', `/${SLUGS.cases}/${world.cases[side].id}/acts`, { kind: 'CONSTITUCION_EN_MORA' })
      const added = (await actsOf(side)) - before
      if (may && !(res.status === 201 && added === 1)) failures.push(`REST ${side}: draft refused (${res.status} ${(await res.text()).slice(0, 200)})`)
      if (!may && (res.status < 400 || res.status >= 500 || added !== 0)) failures.push(`REST ${side}: draft should be refused, got ${res.status}; ${added} act(s) written`)
      continue
    }
    const draft = await draftAct(side)
    const res = await clientOf(actor).rest('POST', `/${SLUGS.documents}/${draft.id}/sign`)
    const signed = (await stored(SLUGS.documents as MatrixSlug, draft.id))?.actStatus === 'FIRMADO'
    const message = String(res.body?.errors?.[0]?.message ?? '')
    const competent = SIGNERS_BEFORE_COACTIVE.includes(actor)
    if (may && competent && !(res.status === 200 && signed)) failures.push(`REST ${side}: signing refused (${res.status} ${message})`)
    if (may && !competent && !(res.status === 403 && message.startsWith('R-ROL-03:') && !signed)) failures.push(`REST ${side}: expected R-ROL-03 after the permission, got ${res.status} ${message}`)
    if (!may && (res.status < 400 || res.status >= 500 || message.startsWith('R-ROL-') || signed)) failures.push(`REST ${side}: signing should be refused by permission, got ${res.status} ${message}${signed ? ' and it was SIGNED' : ''}`)
  }
  return failures
}

/** Who extends an agreement before the coactive stage (R-ROL-04): those who grant it. */
const EXTENDERS_BEFORE_COACTIVE: Actor[] = [ROLES.branchManager, ROLES.collectionsManager, ROLES.legalManager]

/** A fresh agreement on one side's new case, granted today by the legal manager, its down payment paid (R-AGR-10 asks it being met). */
const grantedAgreement = async (side: Side): Promise<Json> => {
  const { theCase } = await openDebtorCase(payload, world, side, 5_000_000)
  const requested = (await payload.create({ collection: SLUGS.agreements, data: agreementRequestData(theCase.id, { capital: 5_000_000 }) as never, ...system })) as Json
  await payload.update({ collection: SLUGS.agreements, id: requested.id, data: { status: 'APROBADO' } as never, overrideAccess: false, user: world.users.legal, depth: 0 })
  const [down] = (await payload.find({ collection: SLUGS.agreementInstalments, where: { agreement: { equals: requested.id } }, sort: 'number', limit: 1, ...system })).docs
  await payload.update({ collection: SLUGS.agreementInstalments, id: down!.id, data: { paidAmount: down!.amount, status: 'PAGADA' }, ...system })
  return requested
}

/** R-AGR-10: extending = updating the agreement; past that permission only the competent official extends (R-ROL-04's 403), and nothing changes where refused. */
const checkExtensionEndpoint = async (actor: Actor, outcome: Outcome): Promise<string[]> => {
  const { allowed, refused } = writeSides(outcome)
  const failures: string[] = []
  for (const side of [...allowed, ...refused]) {
    const may = allowed.includes(side)
    const agreement = await grantedAgreement(side)
    const res = await clientOf(actor).rest('POST', `/${SLUGS.agreements}/${agreement.id}/extension`, { termMonths: 4, reason: 'Matriz de acceso: ampliación de prueba.' })
    const extended = Number((await stored(SLUGS.agreements as MatrixSlug, agreement.id as number))?.extensionsGranted ?? 0) > 0
    const message = String(res.body?.errors?.[0]?.message ?? '')
    const competent = EXTENDERS_BEFORE_COACTIVE.includes(actor)
    if (may && competent && !(res.status === 201 && extended)) failures.push(`REST ${side}: extension refused (${res.status} ${message})`)
    if (may && !competent && !(res.status === 403 && message.startsWith('R-ROL-04:') && !extended)) failures.push(`REST ${side}: expected R-ROL-04 after the permission, got ${res.status} ${message}`)
    if (!may && (res.status < 400 || res.status >= 500 || message.startsWith('R-ROL-') || extended)) failures.push(`REST ${side}: extension should be refused by permission, got ${res.status} ${message}${extended ? ' and it was EXTENDED' : ''}`)
  }
  return failures
}

const checkEndpoint = async (cell: MatrixCell, actor: Actor): Promise<string[]> => {
  const outcome = cell.expected[actor]
  const key = cell.key.replace(/^endpoint\./, '')
  const { policyBog, policyMed } = world.policies
  const client = clientOf(actor)
  const failures: string[] = []
  const read = async (paths: { own: string; other: string }, needles: { own: string; other: string }) => {
    const own = await getText(actor, paths.own)
    const otherText = await getText(actor, paths.other)
    for (const t of [own, otherText]) if (t && typeof t === 'object') return [t.error]
    return checkSeenText(outcome, { own: own as string | null, other: otherText as string | null }, needles)
  }
  const numbers = { own: policyBog.number, other: policyMed.number }
  switch (key) {
    case 'legalizations.confirm': {
      const { allowed, refused } = writeSides(outcome)
      for (const side of [...allowed, ...refused]) {
        const draft = await draftLegalization(side)
        const res = await client.raw(
          'POST',
          `/${SLUGS.legalizations}/${draft.id}/confirm`,
          { means: [{ kind: 'TRANSFERENCIA', paidOn: '2026-03-02', amount: draft.total, account: world.nationalAccount.id, bankBranch: '123' }] },
          { 'Idempotency-Key': `matriz-${Date.now()}-${++counter}` },
        )
        const after = (await stored(SLUGS.legalizations, draft.id as number))!
        const payments = await payload.count({ collection: SLUGS.payments, where: { legalization: { equals: draft.id } }, overrideAccess: true })
        const confirmed = after.status === 'CONFIRMADA'
        if (allowed.includes(side) && !(res.ok && confirmed)) failures.push(`REST ${side}: confirm refused (${res.status} ${(await res.text()).slice(0, 200)})`)
        if (refused.includes(side) && (res.status < 400 || res.status >= 500 || confirmed || payments.totalDocs > 0)) {
          failures.push(`REST ${side}: confirm should be refused, got ${res.status}${confirmed ? ', legalization CONFIRMED' : ''}; ${payments.totalDocs} payment(s)`)
        }
      }
      return failures
    }
    case 'legalizations.bankAccounts': {
      // Each side's legalization is offered its own branch's account (never the other's).
      const { bog, med } = world.legalizations
      return read(
        { own: `/${SLUGS.legalizations}/${bog.id}/bank-accounts`, other: `/${SLUGS.legalizations}/${med.id}/bank-accounts` },
        { own: world.bankAccounts.bog.accountNumber, other: world.bankAccounts.med.accountNumber },
      )
    }
    case 'legalizations.policiesDue':
      return read(
        { own: `/${SLUGS.legalizations}/policies-due?limit=500&clave=${world.claves.claveA}`, other: `/${SLUGS.legalizations}/policies-due?limit=500&clave=${world.claves.claveB}` },
        numbers,
      )
    case 'requests.lookupClient': {
      const { allowed, refused } = writeSides(outcome)
      for (const side of [...allowed, ...refused]) {
        const party = side === 'bog' ? world.parties.debtorBog : world.parties.debtorMed
        const res = await client.rest('POST', `/${SLUGS.requests}/lookup-client`, {
          idType: party.idType,
          idNumber: party.idNumber,
          clave: side === 'bog' ? world.claves.claveA : world.claves.claveB,
        })
        if (allowed.includes(side) && res.status !== 200) failures.push(`REST ${side}: lookup refused (${res.status} ${JSON.stringify(res.body).slice(0, 200)})`)
        if (refused.includes(side) && (res.status < 400 || res.status >= 500)) failures.push(`REST ${side}: lookup should be refused, got ${res.status}`)
      }
      return failures
    }
    case 'requests.export': {
      const { bog, med } = world.requests
      const where = `where[id][in]=${bog.id},${med.id}`
      const text = await getText(actor, `/${SLUGS.requests}/export.xlsx?${where}`)
      if (text && typeof text === 'object') return [text.error]
      return checkSeenText(outcome, { own: text, other: text }, { own: bog.caseNumber!, other: med.caseNumber! })
    }
    case 'requestKinds.form': {
      const res = await client.raw('GET', `/${SLUGS.requestKinds}/${world.requestKind.id}/form?subtype=FORMATO`)
      const must = outcome !== 'none'
      if (must && res.status !== 200) failures.push(`REST: form refused (${res.status})`)
      if (!must && (res.status < 400 || res.status >= 500)) failures.push(`REST: form should be refused, got ${res.status}`)
      return failures
    }
    case 'cases.worklist': {
      const text = await getText(actor, `/${SLUGS.cases}/worklist?scope=all&stage=PERSUASIVO&limit=200`)
      if (text && typeof text === 'object') return [text.error]
      const ids = text ? ((JSON.parse(text).docs ?? []) as Row[]).map((d) => String(d.id)) : []
      const joined = `|${ids.join('|')}|`
      return checkSeenText(outcome, { own: joined, other: joined }, { own: `|${world.cases.bog.id}|`, other: `|${world.cases.med.id}|` })
    }
    case 'agreements.summary': {
      // The page of one agreement: its title names its case, so each side's text is recognisable.
      const { bog, med } = world.agreementRows.agreements
      return read({ own: `/${SLUGS.agreements}/${bog.id}/summary`, other: `/${SLUGS.agreements}/${med.id}/summary` }, { own: `"id":${bog.id},`, other: `"id":${med.id},` })
    }
    case 'cases.generateAct':
    case 'documents.signAct':
      return checkActEndpoint(key, actor, outcome)
    case 'agreements.extension':
      return checkExtensionEndpoint(actor, outcome)
    case 'arrears.list':
      return read({ own: `/arrears?limit=500&clave=${world.claves.claveA}`, other: `/arrears?limit=500&clave=${world.claves.claveB}` }, numbers)
    case 'arrears.detail':
      return read({ own: `/arrears/${policyBog.id}`, other: `/arrears/${policyMed.id}` }, numbers)
    case 'arrears.export':
      return read({ own: `/arrears/export.xlsx?clave=${world.claves.claveA}`, other: `/arrears/export.xlsx?clave=${world.claves.claveB}` }, numbers)
    case 'arrears.policyExport':
      return read({ own: `/arrears/${policyBog.id}/export.xlsx`, other: `/arrears/${policyMed.id}/export.xlsx` }, numbers)
    case 'bdme.semester': {
      // The register is national: whoever reads it gets both sides' reports in force at the cut-off.
      const { bog, med } = world.guaranteeRows.bdmeEntries
      const text = await getText(actor, '/bdme/semester.xlsx?year=2026&semester=2')
      if (text && typeof text === 'object') return [text.error]
      return checkSeenText(outcome, { own: text, other: text }, { own: bog.obligation, other: med.obligation })
    }
    case 'indicators.take': {
      const res = await client.rest('POST', `/${SLUGS.indicatorSnapshots}/take`, { period: indicatorPeriod(String(Date.now()).slice(-5)) })
      const must = outcome !== 'none'
      if (res.body?.doc?.id) await remove(SLUGS.indicatorSnapshots, res.body.doc.id)
      if (must && res.status !== 201) failures.push(`REST: take refused (${res.status} ${JSON.stringify(res.body).slice(0, 200)})`)
      if (!must && (res.status < 400 || res.status >= 500)) failures.push(`REST: take should be refused, got ${res.status}`)
      return failures
    }
    case 'indicators.export': {
      // Drafts are the keepers'; the others get the published month (and never a draft's period).
      const { draft, published } = world.indicatorSnapshots
      const own = await getText(actor, `/indicators.xlsx?period=${published.period}`)
      const otherText = await getText(actor, `/indicators.xlsx?period=${draft.period}`)
      if (own && typeof own === 'object') return [own.error]
      if (otherText && typeof otherText === 'object') return [otherText.error]
      return checkSeenText(outcome, { own, other: otherText }, { own: published.period, other: draft.period })
    }
    case 'assignmentBatches.propose': {
      const before = await countOf(SLUGS.assignmentBatches)
      const res = await client.raw('POST', `/${SLUGS.assignmentBatches}/propose`, { period: '2026-10', asOf: '2026-10-01' })
      const added = (await countOf(SLUGS.assignmentBatches)) - before
      const must = outcome !== 'none'
      if (must && !(res.status === 201 && added === 1)) failures.push(`REST: propose refused (${res.status} ${(await res.text()).slice(0, 200)})`)
      if (!must && (res.status < 400 || res.status >= 500 || added !== 0)) failures.push(`REST: propose should be refused, got ${res.status}; ${added} batch(es) written`)
      return failures
    }
    case 'assignmentBatches.confirm': {
      const batch = await batchToConfirm(payload, world)
      const res = await client.raw('POST', `/${SLUGS.assignmentBatches}/${batch.id}/confirm`, { reason: 'Matriz de acceso' })
      const confirmed = (await stored(SLUGS.assignmentBatches, batch.id))?.status === 'CONFIRMADA'
      const must = outcome !== 'none'
      if (must && !(res.status === 200 && confirmed)) failures.push(`REST: confirm refused (${res.status} ${(await res.text()).slice(0, 200)})`)
      if (!must && (res.status < 400 || res.status >= 500 || confirmed)) failures.push(`REST: confirm should be refused, got ${res.status}${confirmed ? ' and it was CONFIRMED' : ''}`)
      return failures
    }
    case 'portfolioImports.errors': {
      const res = await client.raw('GET', `/${SLUGS.portfolioImports}/${world.portfolioImport.id}/errors.xlsx`)
      const must = outcome !== 'none'
      if (must && res.status !== 200) failures.push(`REST: errors refused (${res.status})`)
      if (!must && (res.status < 400 || res.status >= 500)) failures.push(`REST: errors should be refused, got ${res.status}`)
      return failures
    }
    case 'jobs.run': {
      const res = await client.raw('GET', `/${JOBS_SLUG}/run?queue=matriz-vacia&limit=1`)
      const must = outcome !== 'none'
      if (must && res.status !== 200) failures.push(`REST: run refused (${res.status})`)
      if (!must && (res.status < 400 || res.status >= 500)) failures.push(`REST: run should be refused, got ${res.status}`)
      return failures
    }
  }
  return [`no probe for endpoint ${key}`]
}

// ---------- the matrix ----------

const check = async (cell: MatrixCell, actor: Actor): Promise<string[]> => {
  await ensureSession(actor)
  switch (cell.kind) {
    case 'collection':
      if (cell.operation === 'read') return checkRead(cell, actor)
      if (cell.operation === 'create') return checkCreate(cell, actor)
      if (cell.operation === 'delete') return checkDelete(cell, actor)
      return checkUpdates(cell, actor, updateTargets(cell, actor), (row) => patchFor(cell.slug as MatrixSlug, actor, row))
    case 'field':
      if (cell.operation === 'read') return checkFieldRead(cell, actor)
      return checkUpdates(cell, actor, updateTargets(cell, actor), (row) => fieldPatchFor(cell, row))
    case 'global':
      return checkGlobal(cell, actor)
    case 'credential':
      return checkCredential(cell, actor)
    case 'endpoint':
      return checkEndpoint(cell, actor)
  }
}

// Other files read the request-kind catalogue whole (R-REQ-01): leave it as it was.
afterAll(async () => {
  await payload.delete({ collection: SLUGS.requestKinds, id: world.requestKind.id as number, overrideAccess: true })
})

beforeAll(async () => {
  // About three thousand refusals are expected here: keep their stack traces out of the output.
  payload.logger.level = 'fatal'
  world = await buildMatrixWorld(payload)
  for (const actor of ACTORS) {
    const user = userFor(world, actor)
    if (user) clients.set(actor, await api.as(user))
  }
  const schema = await api.anonymous.graphql('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }')
  for (const type of ['queryType', 'mutationType']) {
    for (const f of schema.body.data.__schema[type].fields as { name: string }[]) graphqlFields.add(f.name)
  }
}, 300_000)

// Credentials last: a wrongly allowed change of one's own password or role is undone, but keep it away from the rest.
const ORDERED = [...ACCESS_MATRIX.filter((c) => c.kind !== 'credential'), ...ACCESS_MATRIX.filter((c) => c.kind === 'credential')]

describe.each(ORDERED.map((cell) => ({ cell, key: cell.key })))('access matrix: $key', ({ cell }) => {
  it.each(ACTORS.map((actor) => ({ actor, title: cellTitle(cell, actor) })))('$title', async ({ actor }) => {
    const failures = await check(cell, actor)
    expect(failures, `${cellTitle(cell, actor)}\n  ${failures.join('\n  ')}`).toEqual([])
  })
})
