import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, FlattenedField, Payload, PayloadRequest, Where } from 'payload'

import type { ScopeUser } from '@/rules/access/userScope'

export type SQL = ReturnType<typeof sql>

/** The operators the read rules (`scopeWhere`, src/rules/access/userScope.ts) and the list filters (e.g. `arrearsWhere`) use. */
const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'exists', 'like', 'less_than', 'less_than_equal', 'greater_than', 'greater_than_equal'] as const
type Operator = (typeof OPERATORS)[number]
const RANGE = { less_than: '<', less_than_equal: '<=', greater_than: '>', greater_than_equal: '>=' } as const

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/-/g, '_')

const unsupported = (what: string) =>
  new Error(`scopeToSql: la regla de lectura usa ${what}, que no se traduce a SQL; amplíe src/auth/scopeToSql.ts.`)

export type Ctx = { payload: Payload; slug: CollectionSlug; table: string; alias: string }

/** The context of a collection's table under `alias` (its own name by default). */
export const tableOf = (payload: Payload, slug: CollectionSlug, alias = snake(slug)): Ctx => ({ payload, slug, table: snake(slug), alias })

const fieldOf = (ctx: Ctx, name: string): FlattenedField => {
  const field = ctx.payload.collections[ctx.slug]!.config.flattenedFields.find((f) => f.name === name)
  if (!field && name === 'id') return { name: 'id', type: 'number' } as FlattenedField
  if (!field) throw unsupported(`el campo ${ctx.slug}.${name}`)
  return field
}

const column = (ctx: Ctx, field: FlattenedField) => {
  const isRelation = (field.type === 'relationship' || field.type === 'upload') && !('hasMany' in field && field.hasMany)
  return sql.raw(`"${ctx.alias}"."${snake(field.name)}${isRelation ? '_id' : ''}"`)
}

const values = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])

/** `lhs <op> value` with every value a bound parameter. */
const compare = (lhs: SQL, operator: Operator, value: unknown): SQL => {
  const list = () => sql.join(values(value).map((v) => sql`${v}`), sql`, `)
  switch (operator) {
    case 'equals':
      return value === null ? sql`${lhs} IS NULL` : sql`${lhs} = ${value}`
    case 'not_equals':
      return value === null ? sql`${lhs} IS NOT NULL` : sql`(${lhs} IS NULL OR ${lhs} <> ${value})`
    case 'in':
      return values(value).length ? sql`${lhs} IN (${list()})` : sql`FALSE`
    case 'not_in':
      return values(value).length ? sql`(${lhs} IS NULL OR ${lhs} NOT IN (${list()}))` : sql`TRUE`
    case 'exists':
      return value === false || value === 'false' ? sql`${lhs} IS NULL` : sql`${lhs} IS NOT NULL`
    case 'like':
      // As Payload's postgres adapter reads `like` (the arrears search, R-CAR-03): every word, anywhere, any case.
      return sql`(${sql.join(String(value).split(' ').map((word) => sql`${lhs} ILIKE ${`%${word}%`}`), sql` AND `)})`
    default:
      return sql`${lhs} ${sql.raw(RANGE[operator])} ${value}`
  }
}

const condition = (ctx: Ctx, path: string, constraint: Record<string, unknown>): SQL => {
  const parts: SQL[] = []
  for (const [op, value] of Object.entries(constraint)) {
    if (!(OPERATORS as readonly string[]).includes(op)) throw unsupported(`el operador ${op}`)
    parts.push(pathCondition(ctx, path.split('.'), op as Operator, value))
  }
  return parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, sql` AND `)})`
}

const pathCondition = (ctx: Ctx, [head, ...rest]: string[], op: Operator, value: unknown): SQL => {
  const field = fieldOf(ctx, head!)
  if (rest.length) {
    // A path through a relationship (e.g. `holder.assignedFirm`): the rows whose related row matches.
    if (field.type !== 'relationship' || typeof field.relationTo !== 'string' || field.hasMany) throw unsupported(`la ruta ${head}.${rest.join('.')}`)
    const target = field.relationTo as CollectionSlug
    const inner: Ctx = { payload: ctx.payload, slug: target, table: snake(target), alias: `${ctx.alias}_${snake(head!)}` }
    return sql`${column(ctx, field)} IN (SELECT ${sql.raw(`"${inner.alias}"."id"`)} FROM ${sql.raw(`"${inner.table}" "${inner.alias}"`)} WHERE ${pathCondition(inner, rest, op, value)})`
  }
  if (field.type === 'text' && 'hasMany' in field && field.hasMany) {
    // A has-many text field lives in `<table>_texts`: the row matches when one of its values does.
    if (op !== 'in' && op !== 'equals') throw unsupported(`${op} sobre el campo múltiple ${head}`)
    const texts = `${ctx.alias}_texts`
    return sql`EXISTS (SELECT 1 FROM ${sql.raw(`"${ctx.table}_texts" "${texts}"`)} WHERE ${sql.raw(`"${texts}"."parent_id" = "${ctx.alias}"."id" AND "${texts}"."path" = '${field.name}'`)} AND ${compare(sql.raw(`"${texts}"."text"`), op, value)})`
  }
  if ((field.type === 'relationship' || field.type === 'upload') && (field.hasMany || typeof field.relationTo !== 'string')) {
    throw unsupported(`la relación múltiple ${head}`)
  }
  // Parameters travel untyped, so PostgreSQL gives them the column's type (enum, timestamp…) and the
  // condition stays one an index (partial ones included) can serve.
  return compare(column(ctx, field), op, value)
}

/** A Payload `Where` (as the access functions and list filters build it) as a SQL condition on `alias`. */
export const whereToSql = (ctx: Ctx, where: Where): SQL => {
  const parts: SQL[] = []
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue
    if (key === 'and' || key === 'or') {
      const list = (value as Where[]).map((w) => whereToSql(ctx, w))
      if (list.length === 0) continue
      parts.push(sql`(${sql.join(list, key === 'and' ? sql` AND ` : sql` OR `)})`)
    } else parts.push(condition(ctx, key, value as Record<string, unknown>))
  }
  return parts.length === 0 ? sql`TRUE` : parts.length === 1 ? parts[0]! : sql`(${sql.join(parts, sql` AND `)})`
}

/** R-ROL-01/02: what the collection's own `access.read` returns for `user`: every row, none, or a `Where`. */
export const readAccessOf = async (
  payload: Payload,
  user: ScopeUser | null | undefined,
  collection: CollectionSlug,
  req?: PayloadRequest,
): Promise<boolean | Where> => {
  const read = payload.collections[collection]?.config.access.read
  if (!read) throw new Error(`scopeToSql: la colección ${collection} no existe.`)
  const readReq = { ...(req ?? {}), payload, user: user ?? null } as unknown as PayloadRequest
  return read({ req: readReq })
}

/** A read access result as a SQL condition on `ctx`'s alias. */
export const accessToSql = (ctx: Ctx, access: boolean | Where): SQL => {
  if (access === true) return sql`TRUE`
  if (!access) return sql`FALSE`
  return whereToSql(ctx, access)
}

/**
 * R-ROL-01/02: the rows of `collection` a user may read, as a parameterised SQL condition on the
 * collection's table (aliased `alias`, by default the table's own name), for the aggregate and
 * keyset queries the Local API cannot express. It is not a second statement of the rules: it runs
 * the collection's own `access.read` (the same `scopeWhere` REST, GraphQL and the Local API apply)
 * and translates the `Where` it returns. tests/int/scopeToSql.test.ts proves, for every role, that
 * the ids it selects are those of `payload.find` with `overrideAccess: false`.
 */
export const scopeToSql = async (
  payload: Payload,
  user: ScopeUser | null | undefined,
  collection: CollectionSlug,
  alias = snake(collection),
  req?: PayloadRequest,
): Promise<SQL> => accessToSql(tableOf(payload, collection, alias), await readAccessOf(payload, user, collection, req))
