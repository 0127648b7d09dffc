import { parseIdentification, type IdType } from '../identification'
import { RuleViolation } from '../ruleViolation'
import type { RowError } from './importOptions'

/** A staged row of a parties file: every cell as text (null when empty), with its line. */
export type StagedPartyRow = {
  line: number
  id_type: string | null
  id_number: string | null
  check_digit: string | null
  first_name: string | null
  last_name: string | null
  business_name: string | null
  branch_code: string | null
}

export type PartyRow = {
  line: number
  idType: IdType
  idNumber: string
  checkDigit: number | null
  firstName: string | null
  lastName: string | null
  businessName: string | null
  branchCode: string
}

const reasonOf = (error: unknown) => (error instanceof RuleViolation ? `${error.ruleId}: ${error.message}` : String(error))

/** Which column a refusal of parseIdentification is about. */
const columnOfIdError = (message: string) =>
  /^El tipo de identificación/.test(message)
    ? 'TIPO_DOC'
    : /^(El dígito de verificación|Falta el dígito|Solo el NIT lleva)|dos dígitos de verificación/.test(message)
      ? 'DV'
      : 'NUM_DOC'

/**
 * R-REQ-02 for a party of the core system's file: the identification is checked and normalized by
 * the same rule as a party typed in the admin (check digit of a NIT included); the branch is required. Returns the row or its errors.
 */
export const checkPartyRow = (row: StagedPartyRow): { party: PartyRow } | { errors: RowError[] } => {
  const errors: RowError[] = []
  const fail = (column: string, reason: string) => errors.push({ line: row.line, column, reason })
  let id: ReturnType<typeof parseIdentification> | null = null
  try {
    id = parseIdentification((row.id_type ?? '').toUpperCase() as IdType, row.id_number ?? '', row.check_digit)
  } catch (error) {
    fail(columnOfIdError(String((error as Error).message)), reasonOf(error))
  }
  if (!row.branch_code) fail('SUCURSAL', 'Falta el código de la sucursal.')
  if (errors.length > 0 || !id) return { errors }
  return {
    party: {
      line: row.line,
      idType: id.type,
      idNumber: id.number,
      checkDigit: id.checkDigit ?? null,
      firstName: row.first_name,
      lastName: row.last_name,
      businessName: row.business_name,
      branchCode: row.branch_code!,
    },
  }
}

/** The same party twice in one file is ambiguous: the later lines are refused naming the first. */
export const refuseRepeatedParties = (parties: PartyRow[], seen: Map<string, number>): { parties: PartyRow[]; errors: RowError[] } => {
  const errors: RowError[] = []
  const kept: PartyRow[] = []
  for (const p of parties) {
    const key = `${p.idType}:${p.idNumber}`
    const first = seen.get(key)
    if (first !== undefined) errors.push({ line: p.line, column: 'NUM_DOC', reason: `R-REQ-02: el tercero ${p.idType} ${p.idNumber} ya viene en la línea ${first}.` })
    else {
      seen.set(key, p.line)
      kept.push(p)
    }
  }
  return { parties: kept, errors }
}
