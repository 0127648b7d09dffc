import { describe, expect, it } from 'vitest'

import { ArrearsQuery } from '@/arrears/arrearsQuery'
import { arrearsSearchWords, foldSearchTextWhere, policySearchText } from '@/rules/arrearsSearch'
import { violationOf } from '../helpers/violationOf'

describe('R-CAR-03 free-text search of the arrears module', () => {
  it('R-CAR-03 a policy is found by number, plate, clave, holder name and ID (with and without dots), folded', () => {
    const text = policySearchText({ number: '258686', plate: 'WMK061', clave: '90833', holderName: 'José Peña Ñúñez', holderIdNumber: '1.094.926.120' })
    expect(text).toBe('258686 wmk061 90833 jose pena nunez 1.094.926.120 1094926120')
  })
  it('R-CAR-03 the words are folded like the stored text; LIKE wildcards are not special', () => {
    expect(arrearsSearchWords('  PEÑA   José ')).toBe('pena jose')
    expect(arrearsSearchWords('10%_x')).toBe('10 x')
  })
  it('R-CAR-03 fewer than two characters, or more than eighty, are refused', () => {
    expect(violationOf(() => arrearsSearchWords(' a ')).ruleId).toBe('R-CAR-03')
    expect(violationOf(() => arrearsSearchWords('%')).path).toBe('q')
    expect(arrearsSearchWords('ab')).toBe('ab')
    expect(violationOf(() => arrearsSearchWords('x'.repeat(81))).message).toMatch(/hasta 80/)
  })
  it('R-CAR-03 the query string takes q and answers a bad one with a 400 naming q', () => {
    expect(ArrearsQuery.parse({ q: 'Pérez' }).q).toBe('perez')
    const bad = ArrearsQuery.safeParse({ q: 'x' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.path).toEqual(['q'])
    expect(bad.error?.issues[0]?.message).toMatch(/^R-CAR-03: /)
  })
  it("R-CAR-03 the admin list's search on searchText is folded like the stored text, inside and/or too; other conditions untouched", () => {
    const where = {
      and: [{ branch: { equals: 3 } }, { or: [{ searchText: { like: 'PEÑA  José' } }] }],
      OR: [{ searchText: { contains: 'Ñúñez', exists: true } }],
      number: { like: 'AU-Ñ' },
    }
    expect(foldSearchTextWhere(where)).toEqual({
      and: [{ branch: { equals: 3 } }, { or: [{ searchText: { like: 'pena jose' } }] }],
      OR: [{ searchText: { contains: 'nunez', exists: true } }],
      number: { like: 'AU-Ñ' },
    })
  })
})
