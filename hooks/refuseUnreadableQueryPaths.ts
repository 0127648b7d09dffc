import type { CollectionBeforeOperationHook, CollectionSlug, FlattenedField, PayloadRequest, Where } from 'payload'

import { refuseUnreadableQueryPath } from '@/rules/access/queryPaths'
import { enforceRule } from '@/utilities/enforceRule'

type Kind = 'where' | 'sort'

const QUERYING_OPERATIONS = new Set(['read', 'count', 'update', 'delete', 'readDistinct'])

/** Every field path a `where` names (REST `and`/`or`, GraphQL `AND`/`OR`; GraphQL writes `a__b` for `a.b`). */
const wherePaths = (where: Where | undefined): string[] =>
  Object.entries(where ?? {}).flatMap(([key, value]) =>
    ['and', 'or'].includes(key.toLowerCase()) && Array.isArray(value)
      ? value.flatMap((nested) => wherePaths(nested as Where))
      : [key.replace(/__/g, '.')],
  )

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((path) => String(path).trim().replace(/^-/, '').replace(/__/g, '.'))
    .filter(Boolean)

/**
 * The first segment of `path` the user may not query: a field whose read access says no, or a
 * relationship hop into a collection the user cannot read whole. Payload 3.90 narrows a `where`
 * hop to the related rows the user reads, but not a `sort` hop (it orders by rows the user cannot
 * see), and its narrowing fails with a 500 when the related read rule uses a has-many field
 * (a broker's `holder.idNumber` on policies joins `parties.claves` wrongly). So any hop into a
 * collection read only in part is refused; filter by the relationship's id instead.
 */
const unreadableSegment = async (req: PayloadRequest, slug: string, path: string): Promise<string | undefined> => {
  const segments = path.split('.')
  let fields: FlattenedField[] = req.payload.collections[slug as CollectionSlug]?.config.flattenedFields ?? []
  for (let i = 0; i < segments.length; i++) {
    const field = fields.find((f) => f.name === segments[i])
    // An unknown path is Payload's to report ("cannot be queried").
    if (!field) return undefined
    const upTo = segments.slice(0, i + 1).join('.')
    if (field.access?.read && !(await field.access.read({ req }))) return upTo
    if ('flattenedFields' in field) {
      fields = field.flattenedFields
      continue
    }
    const rest = segments.slice(i + 1)
    if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return undefined
    const target =
      field.type === 'join' ? field.collection : field.type === 'relationship' || field.type === 'upload' ? field.relationTo : undefined
    if (typeof target !== 'string') return undefined
    const related = req.payload.collections[target as CollectionSlug]?.config
    if (!related) return undefined
    const rows = related.access?.read ? await related.access.read({ req }) : Boolean(req.user)
    if (rows !== true) return upTo
    fields = related.flattenedFields
  }
  return undefined
}

/**
 * A `where` or `sort` on a field or through a relationship the user cannot read is
 * refused with 403 and a Spanish message, the same for REST, GraphQL and the Local API. Payload
 * 3.90 already refuses unreadable fields with an English 400; this says it in Spanish, before any
 * query runs, and also closes relationship hops (see `unreadableSegment`).
 */
export const refuseUnreadableQueryPaths: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const queried = args as { overrideAccess?: boolean; where?: Where; sort?: unknown; field?: string }
  if (!QUERYING_OPERATIONS.has(operation) || queried.overrideAccess) return args
  const checks: [string, Kind][] = [
    ...wherePaths(queried.where).map((path) => [path, 'where'] as [string, Kind]),
    ...sortPaths(queried.sort).map((path) => [path, 'sort'] as [string, Kind]),
    ...(queried.field ? [[queried.field, 'where'] as [string, Kind]] : []),
  ]
  for (const [path, kind] of checks) {
    const unreadable = await unreadableSegment(req, collection.slug, path)
    if (unreadable) enforceRule(() => refuseUnreadableQueryPath(req.user?.role, unreadable, kind))
  }
  return args
}
