import { describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { changedFields } from '@/rules/access/changedFields'
import { assertIsExternalFirm, assertMayAssignWork, assertMayBeResponsible } from '@/rules/access/workAssignment'
import { refuseUnreadableQueryPath } from '@/rules/access/queryPaths'
import { violationOf } from '../helpers/violationOf'

describe('who assigns work (R-ROL-01, issue 8 finding 5)', () => {
  it('R-ROL-01 the administrator, collections manager and branch manager assign responsible, firm and branch', () => {
    for (const role of [ROLES.admin, ROLES.collectionsManager, ROLES.branchManager]) {
      expect(() => assertMayAssignWork(role, ['responsible', 'assignedFirm', 'branch'])).not.toThrow()
    }
  })

  it('R-ROL-01 an external firm, a professional or the executor cannot re-assign (403)', () => {
    for (const role of [ROLES.externalFirm, ROLES.branchProfessional, ROLES.executorOfficer, ROLES.broker, undefined]) {
      const error = violationOf(() => assertMayAssignWork(role, ['responsible']))
      expect(error).toMatchObject({ ruleId: 'R-ROL-01', status: 403 })
      expect(error.message).toContain('el responsable')
    }
  })

  it('R-ROL-01 a professional moving a record to another branch hears the branch rule', () => {
    expect(violationOf(() => assertMayAssignWork(ROLES.branchProfessional, ['branch'])).message).toBe(
      'Solo puede registrar información de su propia sucursal.',
    )
  })

  it('R-ROL-01 nothing changed, nothing refused', () => {
    expect(() => assertMayAssignWork(ROLES.externalFirm, [])).not.toThrow()
  })

  it('R-ROL-01 the firm assigned must be an external firm user (400)', () => {
    expect(() => assertIsExternalFirm({ id: 1, role: ROLES.externalFirm })).not.toThrow()
    for (const candidate of [{ id: 2, role: ROLES.broker }, { id: 3, role: ROLES.branchManager }, null]) {
      expect(violationOf(() => assertIsExternalFirm(candidate))).toMatchObject({ ruleId: 'R-ROL-01', status: 400 })
    }
  })

  it('R-ROL-01 the responsible is national staff, staff of the case\'s branch or the firm assigned to it', () => {
    const theCase = { branch: 10, assignedFirm: 7 }
    for (const ok of [
      { id: 1, role: ROLES.admin },
      { id: 2, role: ROLES.collectionsManager },
      { id: 3, role: ROLES.executorOfficer },
      { id: 4, role: ROLES.branchProfessional, branch: 10 },
      { id: 5, role: ROLES.branchManager, branch: 10 },
      { id: 7, role: ROLES.externalFirm },
    ]) {
      expect(() => assertMayBeResponsible(ok, theCase), ok.role).not.toThrow()
    }
    for (const wrong of [
      { id: 8, role: ROLES.broker },
      { id: 9, role: ROLES.provider },
      { id: 11, role: ROLES.branchProfessional, branch: 20 },
      { id: 12, role: ROLES.externalFirm },
      { id: 13, role: ROLES.editor },
      { id: 14, role: ROLES.legalManager },
      null,
    ]) {
      expect(violationOf(() => assertMayBeResponsible(wrong, theCase))).toMatchObject({ ruleId: 'R-ROL-01', status: 400 })
    }
  })
})

describe('what a write changes (R-ROL-01, R-ROL-05)', () => {
  it('R-ROL-01 a value sent back unchanged is no change: ids, populated documents, days and numbers compare by value', () => {
    const stored = { branch: 3, assignedFirm: 5, bdmeReportedAt: '2026-06-10T12:00:00.000Z', reportedToBdme: true, claves: ['1', '2'] }
    const sent = { branch: '3', assignedFirm: { id: 5, email: 'x' }, bdmeReportedAt: '2026-06-10', reportedToBdme: true, claves: ['1', '2'] }
    expect(changedFields(stored, sent, Object.keys(sent))).toEqual([])
  })

  it('R-ROL-01 a field not sent is not a change; a different value is', () => {
    expect(changedFields({ branch: 3, responsible: null }, { responsible: 9 }, ['branch', 'responsible'])).toEqual(['responsible'])
    expect(changedFields({ phones: [{ id: 'a', number: '1' }] }, { phones: [{ id: 'a', number: '2' }] }, ['phones'])).toEqual(['phones'])
  })
})

describe('query paths (R-ROL-01/02, issue 8 finding 4)', () => {
  it('R-ROL-02 portals hear R-ROL-02, staff R-ROL-01; both 403 in Spanish', () => {
    expect(violationOf(() => refuseUnreadableQueryPath(ROLES.broker, 'claves', 'where'))).toMatchObject({
      ruleId: 'R-ROL-02',
      status: 403,
      message: 'No puede filtrar por "claves": no tiene acceso a ese dato.',
    })
    expect(violationOf(() => refuseUnreadableQueryPath(ROLES.branchProfessional, 'responsible', 'sort'))).toMatchObject({
      ruleId: 'R-ROL-01',
      message: 'No puede ordenar por "responsible": no tiene acceso a ese dato.',
    })
  })
})
