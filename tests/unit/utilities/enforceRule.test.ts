import { APIError, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { RuleViolation } from '@/rules/ruleViolation'
import { enforceRule, toApiError } from '@/utilities/enforceRule'

const refusalOf = (violation: RuleViolation) => {
  try {
    enforceRule(() => {
      throw violation
    })
  } catch (error) {
    return error as APIError
  }
  throw new Error('expected a refusal')
}

describe('one idiom raises every rule refusal', () => {
  it('R-COB-15 a refusal about a field is a ValidationError on that field, keeping rule ID, message and status', () => {
    const error = refusalOf(new RuleViolation('R-COB-15', 'Indique la causa de terminación del proceso.', 400, { path: 'closure.terminationCause' }))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toBe('R-COB-15: Indique la causa de terminación del proceso.')
    expect(error.status).toBe(400)
    expect(error.data).toMatchObject({
      rule: 'R-COB-15',
      errors: [{ path: 'closure.terminationCause', message: 'R-COB-15: Indique la causa de terminación del proceso.' }],
    })
  })

  it('R-COB-17 a field refusal keeps the status its rule gives (409)', () => {
    const error = refusalOf(new RuleViolation('R-COB-17', 'La LCD ya está firmada: su fecha de corte no se puede cambiar.', 409, { path: 'lcd.cutOffDate' }))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.status).toBe(409)
    expect(error.isPublic).toBe(true)
  })

  it('R-ROL-05 a refusal about no field stays an APIError with data.rule', () => {
    const error = refusalOf(new RuleViolation('R-ROL-05', 'En la etapa coactiva solo actúa el funcionario ejecutor.', 403))
    expect(error).toBeInstanceOf(APIError)
    expect(error).not.toBeInstanceOf(ValidationError)
    expect(error).toMatchObject({ status: 403, data: { rule: 'R-ROL-05' }, message: 'R-ROL-05: En la etapa coactiva solo actúa el funcionario ejecutor.' })
  })

  it('passes other errors and results through unchanged', () => {
    const other = new Error('boom')
    expect(toApiError(other)).toBe(other)
    expect(enforceRule(() => 42)).toBe(42)
  })
})
