import { describe, expect, it } from 'vitest'
import { ID_TYPES, nitCheckDigit, parseIdentification } from '@/rules/identification'
import { violationOf } from './helpers/violationOf'

// Independent DIAN check digit: walks the base left to right with the weight list reversed.
const DIAN_WEIGHTS_LEFT_TO_RIGHT = [71, 67, 59, 53, 47, 43, 41, 37, 29, 23, 19, 17, 13, 7, 3]
function referenceCheckDigit(base: string): number {
  const weights = DIAN_WEIGHTS_LEFT_TO_RIGHT.slice(15 - base.length)
  const sum = [...base].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0)
  const remainder = sum - Math.floor(sum / 11) * 11
  return remainder < 2 ? remainder : 11 - remainder
}

// Each digit worked by hand (digits right to left × 3, 7, 13, 17, 19, 23, 29, 37, 41, …):
const VERIFIED_NITS: Array<[base: string, digit: number, work: string]> = [
  ['860034313', 7, '3·3+1·7+3·13+4·17+3·19+0+0+6·37+8·41 = 730; 730 mod 11 = 4; 11−4 = 7'],
  ['800197268', 4, '8·3+6·7+2·13+7·17+9·19+1·23+0+0+8·41 = 733; mod 11 = 7; 11−7 = 4'],
  ['899999063', 3, '3·3+6·7+0+9·(17+19+23+29+37)+8·41 = 1504; mod 11 = 8; 11−8 = 3'],
  ['890903938', 8, '8·3+3·7+9·13+3·17+0+9·23+0+9·37+8·41 = 1081; mod 11 = 3; 11−3 = 8'],
  ['900123456', 8, '6·3+5·7+4·13+3·17+2·19+1·23+0+0+9·41 = 586; mod 11 = 3; 11−3 = 8'],
  ['900000009', 0, '9·3+9·41 = 396 = 36·11; remainder 0 stays 0'],
  ['900000002', 1, '2·3+9·41 = 375; mod 11 = 1; remainder 1 stays 1'],
  ['900000005', 1, '5·3+9·41 = 384; mod 11 = 10; 11−10 = 1'],
  ['123456', 3, '6·3+5·7+4·13+3·17+2·19+1·23 = 217; mod 11 = 8; 11−8 = 3'],
  ['999999999999999', 2, '9·(sum of all 15 weights = 529) = 4761; mod 11 = 9; 11−9 = 2'],
]

describe('nitCheckDigit', () => {
  it.each(VERIFIED_NITS)('R-REQ-02 computes the DIAN digit of %s as %i', (base, digit) => {
    expect(referenceCheckDigit(base)).toBe(digit)
    expect(nitCheckDigit(base)).toBe(digit)
  })

  it('R-REQ-02 agrees with the independent implementation on 2 000 pseudo-random bases', () => {
    let seed = 12345
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      const base = String(seed).padStart(6, '0').slice(0, 6 + (i % 10))
      expect(nitCheckDigit(base), base).toBe(referenceCheckDigit(base))
    }
  })

  it.each(['', '12a456', '1234567890123456', '900.123.456'])('rejects the base %j', (base) => {
    expect(() => nitCheckDigit(base)).toThrow(TypeError)
  })
})

describe('parseIdentification', () => {
  it('R-REQ-02 offers exactly the five identification types', () => {
    expect(ID_TYPES.map((t) => t.value)).toEqual(['CC', 'CE', 'CD', 'NIT', 'NIT_EXT'])
  })

  it('R-REQ-02 accepts a cédula typed with dots and spaces and stores only digits', () => {
    expect(parseIdentification('CC', ' 1.020.304.050 ')).toEqual({ type: 'CC', number: '1020304050' })
    expect(parseIdentification('CC', '123')).toEqual({ type: 'CC', number: '123' })
  })

  it.each(['12', '12345678901', '1020A0', '10-20-30'])('R-REQ-02 rejects the CC %j', (raw) => {
    const error = violationOf(() => parseIdentification('CC', raw))
    expect(error.ruleId).toBe('R-REQ-02')
    expect(error.status).toBe(400)
    expect(error.message).toBe('La cédula de ciudadanía debe tener entre 3 y 10 dígitos, sin letras.')
  })

  it('R-REQ-02 accepts alphanumeric CE and CD numbers, upper-cased', () => {
    expect(parseIdentification('CE', 'e123')).toEqual({ type: 'CE', number: 'E123' })
    expect(parseIdentification('CE', '123456789012')).toEqual({ type: 'CE', number: '123456789012' })
    expect(parseIdentification('CD', 'ab 1234567890123')).toEqual({ type: 'CD', number: 'AB1234567890123' })
  })

  it.each([
    ['CE', '12', /cédula de extranjería/],
    ['CE', '1234567890123', /cédula de extranjería/],
    ['CE', 'AB-123', /cédula de extranjería/],
    ['CD', 'A1', /carné diplomático/],
    ['CD', '1234567890123456', /carné diplomático/],
    ['CD', 'ÑA123', /carné diplomático/],
  ] as const)('R-REQ-02 rejects the %s %j', (type, raw, message) => {
    const error = violationOf(() => parseIdentification(type, raw))
    expect(error.ruleId).toBe('R-REQ-02')
    expect(error.message).toMatch(message)
  })

  it('R-REQ-02 accepts a NIT with its digit as a "-D" suffix', () => {
    expect(parseIdentification('NIT', '900.123.456-8')).toEqual({ type: 'NIT', number: '900123456', checkDigit: 8 })
  })

  it('R-REQ-02 accepts a NIT with its digit as a separate argument, string or number', () => {
    expect(parseIdentification('NIT', '860034313', '7')).toEqual({ type: 'NIT', number: '860034313', checkDigit: 7 })
    expect(parseIdentification('NIT_EXT', '800 197 268', 4)).toEqual({
      type: 'NIT_EXT',
      number: '800197268',
      checkDigit: 4,
    })
    expect(parseIdentification('NIT', '900000009', 0)).toEqual({ type: 'NIT', number: '900000009', checkDigit: 0 })
  })

  it('R-REQ-02 accepts the suffix and the argument when they agree', () => {
    expect(parseIdentification('NIT', '899999063-3', 3).checkDigit).toBe(3)
  })

  it('R-REQ-02 rejects a NIT whose check digit is wrong, saying the right one', () => {
    const error = violationOf(() => parseIdentification('NIT', '860034313', 5))
    expect(error.ruleId).toBe('R-REQ-02')
    expect(error.message).toBe('El dígito de verificación del NIT 860034313 debe ser 7, no 5.')
    expect(violationOf(() => parseIdentification('NIT_EXT', '900.123.456-9')).message).toBe(
      'El dígito de verificación del NIT 900123456 debe ser 8, no 9.',
    )
  })

  it('R-REQ-02 rejects a NIT without check digit', () => {
    for (const missing of [undefined, null, '']) {
      expect(violationOf(() => parseIdentification('NIT', '900123456', missing)).message).toBe(
        'Falta el dígito de verificación del NIT 900123456.',
      )
    }
  })

  it('R-REQ-02 rejects a suffix and an argument that disagree', () => {
    expect(violationOf(() => parseIdentification('NIT', '900123456-8', 3)).message).toMatch(/dos dígitos.*8 y 3/)
  })

  it.each(['x', '12', 10, -7, 8.5])(
    'R-REQ-02 rejects the check digit %j',
    (digit) => {
      expect(violationOf(() => parseIdentification('NIT', '900123456', digit)).message).toMatch(/un solo número del 0 al 9/)
    },
  )

  it.each(['12345-6', '1234567890123456-1', '90012345A-8', '900123456-88', '-8'])(
    'R-REQ-02 rejects the NIT base in %j',
    (raw) => {
      expect(violationOf(() => parseIdentification('NIT', raw)).message).toMatch(/entre 6 y 15 dígitos/)
    },
  )

  it('R-REQ-02 refuses a check digit on a type that has none', () => {
    expect(violationOf(() => parseIdentification('CC', '1020304050', 3)).message).toBe(
      'Solo el NIT lleva dígito de verificación.',
    )
  })

  it('R-REQ-02 rejects an unknown type and an empty or missing number', () => {
    expect(violationOf(() => parseIdentification('PA' as never, '123456')).message).toMatch(/"PA" no es válido/)
    expect(violationOf(() => parseIdentification('CC', '   ')).message).toBe('El número de identificación es obligatorio.')
    expect(violationOf(() => parseIdentification('CC', undefined as never)).ruleId).toBe('R-REQ-02')
  })
})
