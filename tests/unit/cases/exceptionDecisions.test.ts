import { describe, expect, it } from 'vitest'

import { favourableExceptionOutcome, type ExceptionRecord } from '@/rules/cases/exceptionDecisions'
import { violationOf } from '../helpers/violationOf'

const filed: ExceptionRecord = { id: 'a', ground: 'PRESCRIPCION', filedOn: '2026-08-10' }

describe('favourableExceptionOutcome', () => {
  it('R-COB-15 an exception declared proven ends the proceeding, with the decision date and the ground', () => {
    const decided = { ...filed, decision: 'PROBADA' as const, decidedOn: '2026-09-04' }
    expect(favourableExceptionOutcome({ exceptions: [decided], previous: [filed] })).toEqual({
      terminationCause: 'DECISION_FAVORABLE',
      decidedOn: '2026-09-04',
      grounds: ['PRESCRIPCION'],
    })
  })

  it('R-COB-15 an exception declared not proven, or still undecided, does not end it', () => {
    expect(favourableExceptionOutcome({ exceptions: [filed], previous: [] })).toBeNull()
    const denied = { ...filed, decision: 'NO_PROBADA' as const, decidedOn: '2026-09-04' }
    expect(favourableExceptionOutcome({ exceptions: [denied], previous: [filed] })).toBeNull()
  })

  it('R-COB-15 a decision already recorded does not end the case again', () => {
    const decided = { ...filed, decision: 'PROBADA' as const, decidedOn: '2026-09-04' }
    expect(favourableExceptionOutcome({ exceptions: [decided], previous: [decided] })).toBeNull()
  })

  it('R-COB-12 a decision needs its date and its sense, and is not dated before the filing', () => {
    expect(violationOf(() => favourableExceptionOutcome({ exceptions: [{ ...filed, decision: 'PROBADA' }], previous: [] })).ruleId).toBe('R-COB-12')
    expect(violationOf(() => favourableExceptionOutcome({ exceptions: [{ ...filed, decidedOn: '2026-09-04' }], previous: [] })).status).toBe(400)
    const early = violationOf(() =>
      favourableExceptionOutcome({ exceptions: [{ ...filed, decision: 'PROBADA', decidedOn: '2026-08-01' }], previous: [] }),
    )
    expect(early.ruleId).toBe('R-COB-12')
    expect(early.message).toContain('2026-08-10')
  })

  it('R-COB-17 a recorded decision is not changed', () => {
    const denied = { ...filed, decision: 'NO_PROBADA' as const, decidedOn: '2026-09-04' }
    const flipped = violationOf(() =>
      favourableExceptionOutcome({ exceptions: [{ ...denied, decision: 'PROBADA' }], previous: [denied] }),
    )
    expect([flipped.ruleId, flipped.status]).toEqual(['R-COB-17', 409])
  })
})
