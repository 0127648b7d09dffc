import { describe, expect, it } from 'vitest'

import { ROLES, ROLE_OPTIONS } from '@/auth/roles'
import { caseResponsibleOptions, externalFirmOptions, readsUserStatus } from '@/rules/access/userPickers'
import { assertIsExternalFirm, assertMayBeResponsible } from '@/rules/access/workAssignment'
import { matchesWhere } from '../helpers/matchesWhere'

/** One user of every role, in branch 10 or 20, active or not: the people a picker could list. */
const PEOPLE = ROLE_OPTIONS.flatMap(({ value: role }, i) =>
  [10, 20].flatMap((branch, j) => [true, false].map((active, k) => ({ id: i * 4 + j * 2 + k + 1, role, branch, active }))),
)

const passes = (check: () => void) => {
  try {
    check()
    return true
  } catch {
    return false
  }
}

/** Readers who may query the active flag, and readers who may not (they read name, role and branch). */
const MANAGERS = [{ role: ROLES.admin }, { role: ROLES.collectionsManager }, null]
const OTHER_STAFF = [{ role: ROLES.branchManager }, { role: ROLES.branchProfessional }, { role: ROLES.executorOfficer }, { role: ROLES.legalManager }]

/** The only fields a filter for a reader outside the managers of users may name (the rest is refused to them). */
const fieldsOf = (where: unknown): string[] =>
  where && typeof where === 'object'
    ? Object.entries(where).flatMap(([key, value]) => (key === 'and' || key === 'or' ? (value as unknown[]).flatMap(fieldsOf) : [key]))
    : []

describe('people pickers list who the rule lets be chosen (R-ROL-01, issue 14)', () => {
  it('R-ROL-01 only the managers of users (and the server) filter by the active flag', () => {
    for (const reader of MANAGERS) expect(readsUserStatus(reader), String(reader?.role)).toBe(true)
    for (const reader of OTHER_STAFF) expect(readsUserStatus(reader), reader.role).toBe(false)
  })

  it('R-ROL-01 the firm picker: for the managers exactly the users assertIsExternalFirm accepts', () => {
    for (const reader of MANAGERS) {
      const where = externalFirmOptions(reader)
      for (const person of PEOPLE) {
        expect(matchesWhere(person, where), JSON.stringify(person)).toBe(passes(() => assertIsExternalFirm(person)))
      }
    }
    expect(externalFirmOptions({ role: ROLES.admin })).toEqual({ and: [{ role: { equals: ROLES.externalFirm } }, { active: { not_equals: false } }] })
  })

  it('R-ROL-01 the firm picker for other staff: every external firm, active or not, by role only (the save refuses the inactive)', () => {
    for (const reader of OTHER_STAFF) {
      const where = externalFirmOptions(reader)
      expect(where).toEqual({ role: { equals: ROLES.externalFirm } })
      const listed = PEOPLE.filter((p) => matchesWhere(p, where))
      expect(listed.map((p) => p.role)).toEqual(Array(4).fill(ROLES.externalFirm))
      expect(listed.filter((p) => passes(() => assertIsExternalFirm(p)))).toEqual(listed.filter((p) => p.active))
    }
  })

  it('R-ROL-01 the responsible picker: for the managers exactly who assertMayBeResponsible accepts, with and without a firm', () => {
    const firm = PEOPLE.find((p) => p.role === ROLES.externalFirm && p.active)!
    for (const theCase of [{ branch: 10, assignedFirm: firm.id }, { branch: 20, assignedFirm: null }, { branch: null, assignedFirm: null }]) {
      for (const reader of MANAGERS) {
        const where = caseResponsibleOptions(reader, theCase)
        for (const person of PEOPLE) {
          expect(matchesWhere(person, where), `${JSON.stringify(theCase)} ${JSON.stringify(person)}`).toBe(passes(() => assertMayBeResponsible(person, theCase)))
        }
      }
    }
  })

  it('R-ROL-01 the responsible picker for a branch manager: national case workers, its branch\'s staff and the case\'s firm, by role, branch and id only', () => {
    const theCase = { branch: 10, assignedFirm: 17 }
    const where = caseResponsibleOptions({ role: ROLES.branchManager }, theCase)
    expect(new Set(fieldsOf(where))).toEqual(new Set(['role', 'branch', 'id']))
    const listed = PEOPLE.filter((p) => matchesWhere(p, where))
    const accepted = PEOPLE.filter((p) => passes(() => assertMayBeResponsible({ ...p, active: true }, theCase)))
    expect(listed).toEqual(accepted)
    expect(new Set(listed.map((p) => p.role))).toEqual(
      new Set([ROLES.admin, ROLES.collectionsManager, ROLES.executorOfficer, ROLES.branchManager, ROLES.branchProfessional, ROLES.externalFirm]),
    )
    expect(listed.filter((p) => p.role === ROLES.branchProfessional).every((p) => p.branch === 10)).toBe(true)
    expect(listed.filter((p) => p.role === ROLES.externalFirm).map((p) => p.id)).toEqual([17])
  })

  it('R-ROL-01 a record about a firm\'s past work (its report) lists and accepts every external firm, active or not', () => {
    for (const reader of [...MANAGERS, ...OTHER_STAFF]) {
      const where = externalFirmOptions(reader, { anyStatus: true })
      for (const person of PEOPLE) {
        expect(matchesWhere(person, where), JSON.stringify(person)).toBe(passes(() => assertIsExternalFirm(person, { anyStatus: true })))
      }
    }
  })

  it('R-ROL-01 an inactive firm or responsible is refused on save with its Spanish message (400)', () => {
    expect(() => assertIsExternalFirm({ id: 1, role: ROLES.externalFirm, active: false })).toThrow('La firma externa asignada debe ser un usuario activo.')
    expect(() => assertMayBeResponsible({ id: 2, role: ROLES.admin, active: false }, { branch: 10 })).toThrow('El responsable debe ser un usuario activo.')
  })
})
