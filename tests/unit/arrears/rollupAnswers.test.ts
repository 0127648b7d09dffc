import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { rollupAnswers } from '@/arrears/rollupAnswers'
import { NO_ROWS } from '@/rules/access/noRows'
import { fieldsOfWhere } from '@/utilities/fieldsOfWhere'

describe('R-CAR-03 which arrears totals the rollup (branch, line of business, due day) can answer', () => {
  it('national staff (access true) with bucket, branch or line filters: yes', () => {
    expect(rollupAnswers({}, true)).toBe(true)
    expect(rollupAnswers({ from: undefined, to: undefined }, true)).toBe(true)
  })

  it('branch staff, scoped by branch or branch and line: yes', () => {
    expect(rollupAnswers({}, { branch: { equals: 3 } })).toBe(true)
    expect(rollupAnswers({}, { and: [{ branch: { equals: 3 } }, { or: [{ lineOfBusiness: { equals: 'SOAT' } }] }] })).toBe(true)
  })

  it('no access at all is answered (as nothing) without reading the policies', () => {
    expect(rollupAnswers({}, false)).toBe(true)
  })

  it('a scope by clave, firm or "no rows" needs the policies', () => {
    expect(rollupAnswers({}, { clave: { in: ['101'] } })).toBe(false)
    expect(rollupAnswers({}, { 'holder.assignedFirm': { equals: 7 } })).toBe(false)
    expect(rollupAnswers({}, NO_ROWS)).toBe(false)
    expect(rollupAnswers({}, { or: [{ branch: { equals: 3 } }, { clave: { in: ['101'] } }] })).toBe(false)
  })

  it('cover dates, a clave or a search need the policies', () => {
    expect(rollupAnswers({ from: '2026-01-01' }, true)).toBe(false)
    expect(rollupAnswers({ to: '2026-01-01' }, true)).toBe(false)
    expect(rollupAnswers({ clave: '101' }, true)).toBe(false)
    expect(rollupAnswers({ q: 'perez' }, { branch: { equals: 3 } })).toBe(false)
  })
})

describe('fieldsOfWhere', () => {
  it('lists every constrained path through and/or, skipping undefined entries', () => {
    expect(fieldsOfWhere({ and: [{ a: { equals: 1 } }, { or: [{ 'b.c': { in: [1] } }, { d: { exists: true } }] }], e: undefined } as unknown as Where)).toEqual(['a', 'b.c', 'd'])
    expect(fieldsOfWhere({})).toEqual([])
  })
})
