import { describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { NO_ROWS } from '@/rules/access/noRows'
import { CASE_WORKER_ROLES, isRowInScope, scopeWhere, userScope, writeScopeWhere } from '@/rules/access/userScope'

const PARTY_PATHS = { branch: 'branch', clave: 'claves', firm: 'assignedFirm', nit: 'idNumber', nitType: 'idType' }

describe('userScope: which rows a user has, before a collection is named', () => {
  it('R-ROL-01 national staff have every row; the editor and an anonymous visitor none', () => {
    for (const role of [ROLES.admin, ROLES.collectionsManager, ROLES.executorOfficer, ROLES.legalManager]) {
      expect(userScope({ id: 1, role }), role).toBe('all')
    }
    expect(userScope({ id: 1, role: ROLES.editor })).toBe('none')
    expect(userScope(null)).toBe('none')
    expect(userScope({ id: 1, role: null })).toBe('none')
  })

  it('R-ROL-01 branch staff are cut by their branch (an id or the populated branch), a firm by itself', () => {
    expect(userScope({ id: 3, role: ROLES.branchManager, branch: 7 })).toEqual({ key: 'branch', values: [7] })
    expect(userScope({ id: 3, role: ROLES.branchProfessional, branch: { id: 7, name: 'Cali' } })).toEqual({ key: 'branch', values: [7] })
    expect(userScope({ id: 3, role: ROLES.branchProfessional, branch: null })).toEqual({ key: 'branch', values: [] })
    expect(userScope({ id: 42, role: ROLES.externalFirm })).toEqual({ key: 'firm', values: [42] })
  })

  it('R-ROL-02 a broker is cut by its claves, a provider by its NIT', () => {
    expect(userScope({ id: 5, role: ROLES.broker, claves: ['123', '456'] })).toEqual({ key: 'clave', values: ['123', '456'] })
    expect(userScope({ id: 5, role: ROLES.broker, claves: null })).toEqual({ key: 'clave', values: [] })
    expect(userScope({ id: 6, role: ROLES.provider, nit: '900123456' })).toEqual({ key: 'nit', values: ['900123456'] })
    expect(userScope({ id: 6, role: ROLES.provider, nit: '' })).toEqual({ key: 'nit', values: [] })
  })
})

describe('scopeWhere: read access of a collection as a Where', () => {
  it('R-ROL-01 national staff read everything, branch staff their branch, a firm what is assigned to it', () => {
    expect(scopeWhere({ id: 1, role: ROLES.legalManager }, PARTY_PATHS)).toBe(true)
    expect(scopeWhere({ id: 3, role: ROLES.branchManager, branch: 7 }, PARTY_PATHS)).toEqual({ branch: { equals: 7 } })
    expect(scopeWhere({ id: 42, role: ROLES.externalFirm }, { firm: 'holder.assignedFirm' })).toEqual({
      'holder.assignedFirm': { equals: 42 },
    })
  })

  it('R-ROL-02 a broker reads its claves; a provider its NIT, only with a company identification type', () => {
    expect(scopeWhere({ id: 5, role: ROLES.broker, claves: ['123', '456'] }, PARTY_PATHS)).toEqual({ claves: { in: ['123', '456'] } })
    expect(scopeWhere({ id: 6, role: ROLES.provider, nit: '900123456' }, PARTY_PATHS)).toEqual({
      and: [{ idNumber: { equals: '900123456' } }, { idType: { in: ['NIT', 'NIT_EXT'] } }],
    })
    expect(scopeWhere({ id: 6, role: ROLES.provider, nit: '900123456' }, { nit: 'nit' })).toEqual({ nit: { equals: '900123456' } })
  })

  it('R-ROL-02 a scoped role with no path in the collection, or without its branch/claves/NIT, gets no rows (not 403)', () => {
    expect(scopeWhere({ id: 6, role: ROLES.provider, nit: '900123456' }, { branch: 'branch', clave: 'clave' })).toEqual(NO_ROWS)
    expect(scopeWhere({ id: 42, role: ROLES.externalFirm }, { branch: 'branch', clave: 'clave' })).toEqual(NO_ROWS)
    expect(scopeWhere({ id: 3, role: ROLES.branchManager }, PARTY_PATHS)).toEqual(NO_ROWS)
    expect(scopeWhere({ id: 5, role: ROLES.broker, claves: [] }, PARTY_PATHS)).toEqual(NO_ROWS)
    expect(scopeWhere({ id: 6, role: ROLES.provider, nit: null }, PARTY_PATHS)).toEqual(NO_ROWS)
  })

  it('R-ROL-01 the editor and anonymous visitors are refused outright', () => {
    expect(scopeWhere({ id: 8, role: ROLES.editor }, PARTY_PATHS)).toBe(false)
    expect(scopeWhere(undefined, PARTY_PATHS)).toBe(false)
  })
})

describe('writeScopeWhere: write access among the roles that write', () => {
  const paths = { branch: 'branch', firm: 'assignedFirm' }

  it('R-ROL-01 writers write within their scope; national writers anywhere', () => {
    expect(writeScopeWhere({ id: 1, role: ROLES.executorOfficer }, CASE_WORKER_ROLES, paths)).toBe(true)
    expect(writeScopeWhere({ id: 3, role: ROLES.branchProfessional, branch: 7 }, CASE_WORKER_ROLES, paths)).toEqual({ branch: { equals: 7 } })
    expect(writeScopeWhere({ id: 42, role: ROLES.externalFirm }, CASE_WORKER_ROLES, paths)).toEqual({ assignedFirm: { equals: 42 } })
  })

  it('R-ROL-01 a national role that is not a writer is refused, though it reads everything', () => {
    expect(writeScopeWhere({ id: 1, role: ROLES.legalManager }, CASE_WORKER_ROLES, paths)).toBe(false)
  })

  it('R-ROL-01 a writer with no rows in the collection is refused rather than given an empty match', () => {
    expect(writeScopeWhere({ id: 3, role: ROLES.branchManager, branch: null }, CASE_WORKER_ROLES, paths)).toBe(false)
    expect(writeScopeWhere({ id: 42, role: ROLES.externalFirm }, CASE_WORKER_ROLES, { branch: 'branch' })).toBe(false)
  })
})

describe('isRowInScope: the same scope on one record in memory', () => {
  const theCase = { branch: 7, firm: 42 }

  it('R-ROL-01 a record is in scope for every national role, its branch\'s staff and its firm', () => {
    expect(isRowInScope(userScope({ id: 1, role: ROLES.collectionsManager }), theCase)).toBe(true)
    expect(isRowInScope(userScope({ id: 3, role: ROLES.branchManager, branch: '7' }), theCase)).toBe(true)
    expect(isRowInScope(userScope({ id: 42, role: ROLES.externalFirm }), theCase)).toBe(true)
  })

  it('R-ROL-01 not for another branch, another firm, a missing value or a role without scope', () => {
    expect(isRowInScope(userScope({ id: 3, role: ROLES.branchManager, branch: 8 }), theCase)).toBe(false)
    expect(isRowInScope(userScope({ id: 43, role: ROLES.externalFirm }), theCase)).toBe(false)
    expect(isRowInScope(userScope({ id: 42, role: ROLES.externalFirm }), { branch: 7, firm: null })).toBe(false)
    expect(isRowInScope(userScope({ id: 5, role: ROLES.broker, claves: ['123'] }), theCase)).toBe(false)
    expect(isRowInScope(userScope({ id: 8, role: ROLES.editor }), theCase)).toBe(false)
  })
})
