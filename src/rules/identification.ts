import { RuleViolation } from './ruleViolation'

export const ID_TYPES = [
  { value: 'CC', label: 'Cédula de ciudadanía' },
  { value: 'CE', label: 'Cédula de extranjería' },
  { value: 'CD', label: 'Carné diplomático' },
  { value: 'NIT', label: 'NIT persona jurídica' },
  { value: 'NIT_EXT', label: 'NIT persona jurídica extranjera' },
] as const

export type IdType = (typeof ID_TYPES)[number]['value']

export type Identification = { type: IdType; number: string; checkDigit?: number }

// DIAN weights, applied from the rightmost digit of the NIT base.
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]

const NUMBER_FORMATS: Record<Exclude<IdType, 'NIT' | 'NIT_EXT'>, { pattern: RegExp; message: string }> = {
  CC: { pattern: /^\d{3,10}$/, message: 'La cédula de ciudadanía debe tener entre 3 y 10 dígitos, sin letras.' },
  CE: { pattern: /^[A-Z0-9]{3,12}$/, message: 'La cédula de extranjería debe tener entre 3 y 12 letras o dígitos.' },
  CD: { pattern: /^[A-Z0-9]{3,15}$/, message: 'El carné diplomático debe tener entre 3 y 15 letras o dígitos.' },
}

const NIT_BASE = /^\d{6,15}$/
const NIT_WITH_SUFFIX = /^(\d+)-(\d)$/

function isIdType(value: unknown): value is IdType {
  return ID_TYPES.some((t) => t.value === value)
}

function isNitType(type: IdType): type is 'NIT' | 'NIT_EXT' {
  return type === 'NIT' || type === 'NIT_EXT'
}

/** DIAN check digit of a NIT base (digits only, without the check digit). */
export function nitCheckDigit(base: string): number {
  if (!/^\d{1,15}$/.test(base)) {
    throw new TypeError(`La base del NIT debe tener entre 1 y 15 dígitos, no "${base}".`)
  }
  let sum = 0
  for (let i = 0; i < base.length; i++) {
    sum += Number(base[base.length - 1 - i]) * NIT_WEIGHTS[i]!
  }
  const remainder = sum % 11
  return remainder <= 1 ? remainder : 11 - remainder
}

function parseCheckDigitArgument(checkDigit: string | number | undefined | null): number | undefined {
  // Forms send an empty field when the user left the digit blank.
  if (checkDigit === undefined || checkDigit === null || checkDigit === '') return undefined
  const text = String(checkDigit).trim()
  if (!/^\d$/.test(text)) {
    throw new RuleViolation('R-REQ-02', 'El dígito de verificación del NIT debe ser un solo número del 0 al 9.')
  }
  return Number(text)
}

function parseNit(type: 'NIT' | 'NIT_EXT', cleaned: string, checkDigitArgument?: number): Identification {
  const suffixed = NIT_WITH_SUFFIX.exec(cleaned)
  const base = suffixed ? suffixed[1]! : cleaned
  const suffixDigit = suffixed ? Number(suffixed[2]) : undefined

  if (!NIT_BASE.test(base)) {
    throw new RuleViolation('R-REQ-02', 'El NIT debe tener entre 6 y 15 dígitos, sin contar el dígito de verificación.')
  }
  if (suffixDigit !== undefined && checkDigitArgument !== undefined && suffixDigit !== checkDigitArgument) {
    throw new RuleViolation(
      'R-REQ-02',
      `El NIT ${base} trae dos dígitos de verificación distintos: ${suffixDigit} y ${checkDigitArgument}.`,
    )
  }
  const given = suffixDigit ?? checkDigitArgument
  if (given === undefined) {
    throw new RuleViolation('R-REQ-02', `Falta el dígito de verificación del NIT ${base}.`)
  }
  const expected = nitCheckDigit(base)
  if (given !== expected) {
    throw new RuleViolation('R-REQ-02', `El dígito de verificación del NIT ${base} debe ser ${expected}, no ${given}.`)
  }
  return { type, number: base, checkDigit: expected }
}

/**
 * R-REQ-02: validates an identification and returns it normalized (no dots or spaces,
 * upper case; a NIT split into base and check digit, given as argument or as a "-D" suffix).
 */
export function parseIdentification(
  type: IdType,
  raw: string,
  checkDigit?: string | number | null,
): Identification {
  if (!isIdType(type)) {
    throw new RuleViolation(
      'R-REQ-02',
      `El tipo de identificación "${String(type)}" no es válido; use ${ID_TYPES.map((t) => t.value).join(', ')}.`,
    )
  }
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new RuleViolation('R-REQ-02', 'El número de identificación es obligatorio.')
  }
  // People type numbers as "1.234.567" or with spaces; neither is part of the number.
  const cleaned = raw.replace(/[.\s]/g, '').toUpperCase()
  const checkDigitArgument = parseCheckDigitArgument(checkDigit)

  if (isNitType(type)) return parseNit(type, cleaned, checkDigitArgument)

  if (checkDigitArgument !== undefined) {
    throw new RuleViolation('R-REQ-02', 'Solo el NIT lleva dígito de verificación.')
  }
  const format = NUMBER_FORMATS[type]
  if (!format.pattern.test(cleaned)) throw new RuleViolation('R-REQ-02', format.message)
  return { type, number: cleaned }
}
