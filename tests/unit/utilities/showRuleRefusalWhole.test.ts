import { describe, expect, it } from 'vitest'

import { showRuleRefusalWhole } from '../../../hooks/showRuleRefusalWhole'
import { RuleViolation } from '@/rules/ruleViolation'
import { toApiError } from '@/utilities/enforceRule'

type Hook = (args: { error: unknown; result: unknown }) => unknown
const run = showRuleRefusalWhole as unknown as Hook

const responseTo = (violation: RuleViolation) => {
  const error = toApiError(violation) as Error & { data: unknown }
  const result = { errors: [{ name: error.name, data: error.data, message: error.message }] }
  return { result, answer: run({ error, result }) }
}

describe('what the admin shows of a rule refusal', () => {
  it('R-ROL-03 a refusal about no field is shown whole, at the top level', () => {
    const { result, answer } = responseTo(new RuleViolation('R-ROL-03', 'Una firma externa puede proyectar la LCD, pero no firmarla.', 403))
    expect(answer).toEqual({ response: { ...result, message: 'R-ROL-03: Una firma externa puede proyectar la LCD, pero no firmarla.' } })
  })

  it('R-COB-15 a refusal about a field keeps no top-level message, so the form shows it on the field', () => {
    const { result, answer } = responseTo(new RuleViolation('R-COB-15', 'Indique la causa de terminación del proceso.', 400, { path: 'closure.terminationCause' }))
    expect(answer).toBeUndefined()
    expect(result.errors[0]).toMatchObject({
      message: 'R-COB-15: Indique la causa de terminación del proceso.',
      data: { rule: 'R-COB-15', errors: [{ path: 'closure.terminationCause' }] },
    })
  })
})
