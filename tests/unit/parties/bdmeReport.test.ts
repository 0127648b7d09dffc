import { describe, expect, it } from 'vitest'

import { ROLES } from '../../../src/auth/roles'
import { assertExecutorChangesOnlyBdme, assertOnlyExecutorReportsToBdme, settleBdmeReport } from '../../../src/rules/parties/bdmeReport'

describe('BDME report (R-ROL-05)', () => {
  it('R-ROL-05 only the executor officer reports or withdraws (403 for anyone else, the administrator included)', () => {
    expect(() => assertOnlyExecutorReportsToBdme(ROLES.executorOfficer, ['reportedToBdme'])).not.toThrow()
    for (const role of [ROLES.admin, ROLES.collectionsManager, ROLES.branchManager, ROLES.branchProfessional, ROLES.externalFirm]) {
      expect(() => assertOnlyExecutorReportsToBdme(role, ['reportedToBdme', 'bdmeReportedAt'])).toThrow(
        expect.objectContaining({ ruleId: 'R-ROL-05', status: 403 }),
      )
    }
    expect(() => assertOnlyExecutorReportsToBdme(ROLES.branchProfessional, [])).not.toThrow()
  })

  it('R-ROL-05 the executor changes only the BDME fields of a debtor', () => {
    expect(() => assertExecutorChangesOnlyBdme(ROLES.executorOfficer, ['reportedToBdme', 'bdmeReportedAt'])).not.toThrow()
    expect(() => assertExecutorChangesOnlyBdme(ROLES.executorOfficer, ['reportedToBdme', 'firstName'])).toThrow(
      expect.objectContaining({ ruleId: 'R-ROL-05', status: 403, message: expect.stringContaining('firstName') }),
    )
    expect(() => assertExecutorChangesOnlyBdme(ROLES.branchProfessional, ['firstName'])).not.toThrow()
  })

  it('R-ROL-05 a report needs its date; withdrawing clears it', () => {
    expect(settleBdmeReport({ reportedToBdme: true, bdmeReportedAt: '2026-06-10' })).toEqual({ reportedToBdme: true, bdmeReportedAt: '2026-06-10' })
    expect(() => settleBdmeReport({ reportedToBdme: true, bdmeReportedAt: null })).toThrow(
      expect.objectContaining({ ruleId: 'R-ROL-05', status: 400 }),
    )
    expect(settleBdmeReport({ reportedToBdme: false, bdmeReportedAt: '2026-06-10' })).toEqual({ reportedToBdme: false, bdmeReportedAt: null })
    expect(settleBdmeReport({})).toEqual({ reportedToBdme: false, bdmeReportedAt: null })
  })
})
