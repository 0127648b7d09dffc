import { describe, expect, it } from 'vitest'

import { assertBdmeFlagsFromRegister } from '@/rules/parties/bdmeReport'
import { violationOf } from '../helpers/violationOf'

describe('BDME flag of a debtor (R-ROL-05)', () => {
  it('R-ROL-05 the flag is derived from the register: a change sent by any client is refused (403)', () => {
    expect(() => assertBdmeFlagsFromRegister([])).not.toThrow()
    const refusal = violationOf(() => assertBdmeFlagsFromRegister(['reportedToBdme']))
    expect([refusal.ruleId, refusal.status]).toEqual(['R-ROL-05', 403])
    expect(refusal.message).toContain('Reportes BDME')
  })
})
