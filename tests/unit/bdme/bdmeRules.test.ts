import { describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import {
  assertBdmeEntryChange,
  assertExecutorActsOnBdme,
  assertNoOpenReport,
  assertNotBlockedByBdme,
  bdmeStatusOf,
  isBlockedByBdme,
} from '@/rules/bdme/bdmeEntry'
import { bdmeSemester, semesterStateOf } from '@/rules/bdme/semester'
import { violationOf } from '../helpers/violationOf'

const today = '2026-12-01'
const report = { reportedOn: '2026-03-02', reason: 'Incumplimiento del acuerdo de pago 12' }

describe('BDME register (R-ROL-05, R-AGR-02)', () => {
  it('R-ROL-05 only the executor officer reports or withdraws', () => {
    expect(() => assertExecutorActsOnBdme(ROLES.executorOfficer)).not.toThrow()
    for (const role of [ROLES.admin, ROLES.collectionsManager, ROLES.branchManager, ROLES.legalManager, undefined]) {
      expect(violationOf(() => assertExecutorActsOnBdme(role)).status).toBe(403)
    }
  })

  it('R-ROL-05 a report needs date and reason; it is withdrawn once, with date and reason, never rewritten', () => {
    expect(() => assertBdmeEntryChange(null, report, today)).not.toThrow()
    expect(violationOf(() => assertBdmeEntryChange(null, { reportedOn: today }, today)).path).toBe('reason')
    expect(violationOf(() => assertBdmeEntryChange(null, { ...report, reportedOn: '2026-12-02' }, today)).path).toBe('reportedOn')
    const withdrawal = { ...report, withdrawnOn: '2026-11-20', withdrawalReason: 'Pago total' }
    expect(() => assertBdmeEntryChange(report, withdrawal, today)).not.toThrow()
    expect(violationOf(() => assertBdmeEntryChange(report, { ...withdrawal, withdrawalReason: '' }, today)).path).toBe('withdrawalReason')
    expect(violationOf(() => assertBdmeEntryChange(report, { ...withdrawal, withdrawnOn: '2026-03-01' }, today)).path).toBe('withdrawnOn')
    expect(violationOf(() => assertBdmeEntryChange(report, { ...report, reason: 'Otro' }, today)).status).toBe(409)
    expect(violationOf(() => assertBdmeEntryChange(withdrawal, { ...withdrawal, withdrawnOn: '2026-11-21' }, today)).status).toBe(409)
    expect(violationOf(() => assertNoOpenReport(1)).status).toBe(409)
    expect(() => assertNoOpenReport(0)).not.toThrow()
  })

  it('R-AGR-02 isBlockedByBdme: a report in force on the date blocks; a withdrawn one does not', () => {
    const withdrawn = { ...report, withdrawnOn: '2026-11-20', withdrawalReason: 'Pago total' }
    expect(isBlockedByBdme([report], today)).toBe(true)
    expect(isBlockedByBdme([withdrawn], today)).toBe(false)
    expect(isBlockedByBdme([withdrawn], '2026-11-19')).toBe(true)
    expect(isBlockedByBdme([{ ...report, reportedOn: '2026-12-02' }], today)).toBe(false)
    expect(isBlockedByBdme([], today)).toBe(false)
    expect(violationOf(() => assertNotBlockedByBdme([withdrawn, report], today, 'El deudor')).ruleId).toBe('R-AGR-02')
    expect(bdmeStatusOf([withdrawn, report], today)).toEqual({ reportedToBdme: true, bdmeReportedAt: '2026-03-02' })
    expect(bdmeStatusOf([withdrawn], today)).toEqual({ reportedToBdme: false, bdmeReportedAt: null })
  })

  it('R-ROL-05 semesters cut on 31 May and 30 November; the filing lists reports in force and withdrawals of the semester', () => {
    expect(bdmeSemester(2026, 1)).toEqual({ year: 2026, semester: 1, from: '2025-12-01', cutOff: '2026-05-31' })
    const s2 = bdmeSemester(2026, 2)
    expect(s2).toEqual({ year: 2026, semester: 2, from: '2026-06-01', cutOff: '2026-11-30' })
    expect(violationOf(() => bdmeSemester(2026, 3)).ruleId).toBe('R-ROL-05')
    expect(semesterStateOf(report, s2)).toBe('REPORTADO')
    expect(semesterStateOf({ ...report, withdrawnOn: '2026-11-30' }, s2)).toBe('RETIRADO')
    expect(semesterStateOf({ ...report, withdrawnOn: '2026-12-01' }, s2)).toBe('REPORTADO')
    expect(semesterStateOf({ ...report, withdrawnOn: '2026-05-31' }, s2)).toBeNull()
    expect(semesterStateOf({ ...report, reportedOn: '2026-12-01' }, s2)).toBeNull()
  })
})
