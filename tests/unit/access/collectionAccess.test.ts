import type { AccessArgs, Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { ACCESS_MATRIX, ACTORS, ruleOf, type Actor, type MatrixCell, type Outcome } from '@/auth/accessMatrix'
import { BRANCH_ROLES, ROLES, type Role } from '@/auth/roles'
import { NO_ROWS } from '@/rules/access/noRows'
import { PUBLISHED } from '@/rules/access/publishedNotices'
import type { ScopePaths, ScopeUser } from '@/rules/access/userScope'
import configPromise from '@payload-config'

/**
 * The role × collection matrix of R-ROL-01/02 on plain user objects, no database: each collection's
 * own access functions, as the built config holds them and called as Payload calls them, give
 * exactly the boolean or `Where` that the intended policy (src/auth/accessMatrix.ts) and the
 * collection's scope paths below imply. tests/int/accessMatrix.test.ts then proves the same cells
 * over REST, GraphQL and the Local API.
 */

/** Where each scoped role finds its rows in each scoped collection (reads and writes alike). */
const SCOPE_PATHS: Record<string, ScopePaths> = {
  parties: { branch: 'branch', clave: 'claves', firm: 'assignedFirm', nit: 'idNumber', nitType: 'idType' },
  policies: { branch: 'branch', clave: 'clave', firm: 'holder.assignedFirm' },
  documents: { branch: 'branch', clave: 'clave', firm: 'firm' },
  requests: { branch: 'branch', clave: 'clave' },
  legalizations: { branch: 'branch', clave: 'clave' },
  payments: { branch: 'branch', clave: 'clave' },
  cases: { branch: 'branch', firm: 'assignedFirm' },
  notifications: { branch: 'branch', firm: 'assignedFirm' },
  'case-events': { branch: 'branch', firm: 'assignedFirm' },
  'email-messages': { branch: 'branch', firm: 'assignedFirm' },
  notices: { branch: 'branch' },
  guarantees: { branch: 'branch', firm: 'assignedFirm' },
  payouts: { nit: 'nit' },
  'payout-invoices': { nit: 'nit' },
  agreements: { branch: 'branch', firm: 'assignedFirm' },
  'agreement-instalments': { branch: 'branch', firm: 'assignedFirm' },
  'firm-assignments': { branch: 'branch', firm: 'firm' },
  'management-reports': { firm: 'assignedFirm' },
}

const BRANCH = 7
const CLAVES = ['123', '456']
const NIT = '900123456'

/** One user per role, with what its role requires (R-ROL-01/02: branch staff a branch, a broker claves, a provider a NIT). */
const userOf = (actor: Actor): ScopeUser | null => {
  if (actor === 'anonymous') return null
  const id = 100 + ACTORS.indexOf(actor)
  if ((BRANCH_ROLES as string[]).includes(actor)) return { id, role: actor, branch: BRANCH }
  if (actor === ROLES.broker) return { id, role: actor, claves: CLAVES }
  if (actor === ROLES.provider) return { id, role: actor, nit: NIT }
  return { id, role: actor }
}

const SCOPED_ROLES: readonly string[] = [...BRANCH_ROLES, ROLES.externalFirm, ROLES.broker, ROLES.provider]

/** The rows of a scoped actor, written out: branch staff by branch, a firm by its own id, a broker by claves, a provider by NIT. */
const ownRows = (actor: Role, user: ScopeUser, paths: ScopePaths): Where => {
  if ((BRANCH_ROLES as string[]).includes(actor) && paths.branch) return { [paths.branch]: { equals: BRANCH } }
  if (actor === ROLES.externalFirm && paths.firm) return { [paths.firm]: { equals: user.id } }
  if (actor === ROLES.broker && paths.clave) return { [paths.clave]: { in: CLAVES } }
  if (actor === ROLES.provider && paths.nit && paths.nitType) {
    return { and: [{ [paths.nit]: { equals: NIT } }, { [paths.nitType]: { in: ['NIT', 'NIT_EXT'] } }] }
  }
  // A provider's payouts carry its NIT alone (no identification type beside it).
  if (actor === ROLES.provider && paths.nit) return { [paths.nit]: { equals: NIT } }
  throw new Error(`${actor} has no path in this collection, yet the matrix gives it a scope`)
}

const SLUGS_WITH_UPLOADER = 'documents'

/** What a user's "self" is in a collection: its own user record, or the documents it uploaded. */
const selfRows = (slug: string, user: ScopeUser): Where =>
  slug === SLUGS_WITH_UPLOADER ? { uploadedBy: { equals: user.id } } : { id: { equals: user.id } }

/**
 * Where the access functions answer differently from the matrix cell on purpose, and why. The
 * integration test holds these cells to the matrix through the hooks (or the record's state) that narrow them.
 */
const NARROWED_BY_HOOKS: Record<string, { actors: Actor[]; access: boolean | Where; why: string }> = {
  'requests.create': {
    actors: [ROLES.broker],
    access: true,
    why: 'a broker files under one of its claves (checkFilingClave)',
  },
  'legalizations.create': {
    actors: [...BRANCH_ROLES, ROLES.broker],
    access: true,
    why: 'branch staff file in their branch (keepBranchStaffInTheirBranch), a broker under its claves (checkFilingClave)',
  },
  'portfolio-imports.update': {
    actors: [ROLES.admin, ROLES.collectionsManager],
    access: { status: { in: ['EN_COLA', 'EN_PROCESO'] } },
    why: 'updating a load is asking it to stop: an ended load is a record (cancelsUnfinishedImports); the matrix world\'s load is queued',
  },
  'indicator-snapshots.update': {
    actors: [ROLES.admin, ROLES.collectionsManager],
    access: true,
    why: 'drafts only: a published snapshot is refused by refusePublishedSnapshotChange (R-IND-01)',
  },
}

/** Collections whose "lo suyo" is not a branch, firm, clave or NIT: the published indicator snapshots (001 §7.2.2). */
const SCOPE_WHERE: Record<string, Where> = { 'indicator-snapshots': { status: { equals: 'PUBLICADO' } } }

/** Issue 11: rows anyone reads, anonymous visitors too: the published notices and the acts they carry. */
const PUBLIC_ROWS: Record<string, Where> = { notices: PUBLISHED, documents: { onPublishedNotice: { equals: true } } }

/** A read of a collection with public rows: those rows, plus the actor's own (uploads, scope; an editor the acts of every notice). */
const expectedOpenRead = (slug: string, outcome: Outcome, actor: Actor, open: Where): boolean | Where => {
  const user = userOf(actor)
  if (outcome === 'all') return true
  if (!user) return open
  const scoped = outcome === 'scope' && SCOPE_PATHS[slug]?.branch && (BRANCH_ROLES as string[]).includes(actor)
  if (slug === SLUGS_WITH_UPLOADER) {
    const own = outcome === 'scope' ? [ownRows(actor as Role, user, SCOPE_PATHS[slug]!)] : []
    const editors = actor === ROLES.editor ? [{ onNotice: { equals: true } }] : []
    return { or: [selfRows(slug, user), open, ...editors, ...own] }
  }
  return scoped ? { or: [open, ownRows(actor as Role, user, SCOPE_PATHS[slug]!)] } : open
}

/** The exact access result a matrix outcome means for an actor in a collection. */
const expectedAccess = (cell: MatrixCell, actor: Actor): boolean | Where => {
  const narrowed = NARROWED_BY_HOOKS[cell.key]
  if (narrowed?.actors.includes(actor)) return narrowed.access
  const outcome: Outcome = cell.expected[actor]
  const user = userOf(actor)
  const paths = SCOPE_PATHS[cell.slug]
  const open = cell.operation === 'read' ? PUBLIC_ROWS[cell.slug] : undefined
  if (open) return expectedOpenRead(cell.slug, outcome, actor, open)
  if (outcome === 'all' || outcome === 'allowed') return true
  if (!user) return false
  if (outcome === 'self') return selfRows(cell.slug, user)
  if (outcome === 'scope' && SCOPE_WHERE[cell.slug]) return SCOPE_WHERE[cell.slug]!
  if (outcome === 'scope') {
    const own = ownRows(actor as Role, user, paths ?? {})
    return cell.slug === SLUGS_WITH_UPLOADER ? { or: [selfRows(cell.slug, user), own] } : own
  }
  // A scoped role reads an empty list of a scoped collection it has no rows in (not 403); writes and other collections refuse.
  return cell.operation === 'read' && paths && SCOPED_ROLES.includes(actor) ? NO_ROWS : false
}

const collectionCells = ACCESS_MATRIX.filter((cell) => cell.kind === 'collection')

const collectionAccess = async (slug: string) => (await configPromise).collections.find((c) => c.slug === slug)?.access

describe('R-ROL-01/02 role × collection access on plain users (no database)', () => {
  for (const cell of collectionCells) {
    describe(cell.key, () => {
      for (const actor of ACTORS) {
        const expected = expectedAccess(cell, actor)
        it(`${ruleOf(cell, actor)} ${actor}: ${cell.slug} ${cell.operation} = ${JSON.stringify(expected)}`, async () => {
          const access = (await collectionAccess(cell.slug))?.[cell.operation]
          expect(access, `${cell.slug} has its own ${cell.operation} access`).toBeTypeOf('function')
          const args = { req: { user: userOf(actor) } } as unknown as AccessArgs
          expect(await access!(args)).toEqual(expected)
        })
      }
    })
  }
})

describe('R-ROL-01/02 a user whose role lacks its branch, claves or NIT sees nothing and writes nothing', () => {
  const access = async (slug: string, operation: 'read' | 'create' | 'update', user: ScopeUser) =>
    (await collectionAccess(slug))![operation]!({ req: { user } } as unknown as AccessArgs)

  it('R-ROL-01 branch staff without a branch: no rows to read, refused to write', async () => {
    const user = { id: 9, role: ROLES.branchProfessional, branch: null }
    expect(await access('cases', 'read', user)).toEqual(NO_ROWS)
    expect(await access('cases', 'update', user)).toBe(false)
    expect(await access('parties', 'create', user)).toBe(false)
  })

  it('R-ROL-02 a broker without claves and a provider without NIT: no rows, no writes', async () => {
    expect(await access('parties', 'read', { id: 9, role: ROLES.broker, claves: [] })).toEqual(NO_ROWS)
    expect(await access('requests', 'update', { id: 9, role: ROLES.broker, claves: [] })).toBe(false)
    expect(await access('parties', 'read', { id: 9, role: ROLES.provider, nit: null })).toEqual(NO_ROWS)
  })

  it('R-ROL-01 a populated branch (depth > 0) scopes the same as its id', async () => {
    const user = { id: 9, role: ROLES.branchManager, branch: { id: BRANCH, name: 'Cali' } }
    expect(await access('cases', 'read', user)).toEqual({ branch: { equals: BRANCH } })
  })
})
