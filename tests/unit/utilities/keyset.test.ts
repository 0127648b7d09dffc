import { describe, expect, it } from 'vitest'

import { afterCursor, CursorParam, encodeCursor, nextCursorOf } from '@/utilities/keyset'

describe('keyset pagination', () => {
  it('a cursor round-trips its sort key and id', () => {
    const cursor = { key: '2026-04-01T12:00:00.000Z', id: 42 }
    expect(CursorParam.parse(encodeCursor(cursor))).toEqual(cursor)
  })
  it('a cursor that was not issued is refused in Spanish', () => {
    const result = CursorParam.safeParse('no-es-un-cursor')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/after no es un cursor válido/)
  })
  it('the rows after a cursor: a later key, or the same key with a larger id (the tiebreaker)', () => {
    expect(afterCursor('paymentDueDate', { key: 'k', id: 7 })).toEqual({
      or: [{ paymentDueDate: { greater_than: 'k' } }, { and: [{ paymentDueDate: { equals: 'k' } }, { id: { greater_than: 7 } }] }],
    })
    expect(afterCursor('paymentDueDate', undefined)).toBeNull()
  })
  it('the next cursor points at the last row shown, and is null when no row was read past the page', () => {
    const docs = [1, 2, 3].map((id) => ({ id, due: `d${id}` }))
    expect(CursorParam.parse(nextCursorOf(docs, 2, (d) => d.due)!)).toEqual({ key: 'd2', id: 2 })
    expect(nextCursorOf(docs, 3, (d) => d.due)).toBeNull()
  })
})
