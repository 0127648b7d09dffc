import type { Where } from 'payload'
import { z } from 'zod'

/**
 * Keyset pagination: a page is "the rows after the last one seen" in (sort key, id) order, so
 * reading page 1 000 costs what page 1 costs (no OFFSET) and rows with the same sort key are
 * neither repeated nor skipped (the id breaks the tie). The cursor is opaque to clients.
 */
export type Cursor = { key: string | number | null; id: number }

export const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url')

/** The zod type of an `after` query parameter: a cursor a previous page returned. */
export const CursorParam = z.string().transform((value, ctx): Cursor => {
  try {
    const [key, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[]
    if ((typeof key === 'string' || typeof key === 'number' || key === null) && Number.isInteger(id)) return { key, id: id as number }
  } catch {
    // falls through to the message below
  }
  ctx.addIssue({ code: 'custom', message: 'after no es un cursor válido: use el valor nextCursor de la página anterior.' })
  return z.NEVER
})

/** The rows after `cursor` in ascending (`field`, id) order; `field` must not be null on the rows. */
export const afterCursor = (field: string, cursor: Cursor | undefined): Where | null =>
  cursor
    ? {
        or: [
          { [field]: { greater_than: cursor.key } },
          { and: [{ [field]: { equals: cursor.key } }, { id: { greater_than: cursor.id } }] },
        ],
      }
    : null

/** The cursor of the row after which the next page starts, or null on the last page. */
export const nextCursorOf = <T extends { id: number | string }>(docs: T[], limit: number, keyOf: (doc: T) => string | number | null) => {
  if (docs.length <= limit) return null
  const last = docs[limit - 1]!
  return encodeCursor({ key: keyOf(last), id: Number(last.id) })
}
