import { describe, expect, it } from 'vitest'
import { assertPesos, formatPesos, isPesos } from '@/rules/money'
import { RuleViolation } from '@/rules/ruleViolation'

describe('isPesos', () => {
  it.each([0, 1, 1_750_905, Number.MAX_SAFE_INTEGER])('R-MON-01 accepts %d', (value) => {
    expect(isPesos(value)).toBe(true)
  })

  it.each([-1, 0.5, 1750905.01, Number.NaN, Infinity, Number.MAX_SAFE_INTEGER + 1, '1750905', null, undefined, 10n])(
    'R-MON-01 refuses %s',
    (value) => {
      expect(isPesos(value)).toBe(false)
    },
  )
})

describe('assertPesos', () => {
  it('R-MON-01 lets a whole amount through', () => {
    expect(() => assertPesos(1_750_905, 'la prima')).not.toThrow()
  })

  it('R-MON-01 refuses centavos with a message naming the field', () => {
    let caught: unknown
    try {
      assertPesos(1750905.5, 'la prima')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(RuleViolation)
    expect((caught as RuleViolation).ruleId).toBe('R-MON-01')
    expect((caught as RuleViolation).status).toBe(400)
    expect((caught as RuleViolation).message).toBe(
      'El valor de la prima debe ser un número entero de pesos, sin decimales.',
    )
  })

  it('R-MON-01 refuses a numeric string and a negative amount', () => {
    expect(() => assertPesos('1750905', 'el saldo')).toThrow(RuleViolation)
    expect(() => assertPesos(-100, 'el saldo')).toThrow(/El valor de el saldo/)
  })
})

describe('formatPesos', () => {
  it.each([
    [0, '$ 0'],
    [999, '$ 999'],
    [1000, '$ 1.000'],
    [1_750_905, '$ 1.750.905'],
    [100_000_000, '$ 100.000.000'],
    [Number.MAX_SAFE_INTEGER, '$ 9.007.199.254.740.991'],
  ])('writes %d as %j with an ordinary space', (value, text) => {
    expect(formatPesos(value)).toBe(text)
  })

  it('refuses amounts that are not whole pesos', () => {
    expect(() => formatPesos(1.5)).toThrow(TypeError)
    expect(() => formatPesos(-1)).toThrow(TypeError)
  })
})
