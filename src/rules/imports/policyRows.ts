import { isoFromDayMonthYear } from '../dates/dayMonthYear'
import { parseIdentification, type IdType } from '../identification'
import { LINES_OF_BUSINESS, isVehicleLine } from '../linesOfBusiness'
import { isPesos } from '../money'
import { assertCertificatesValid, policyTotalsFromCertificates, withStatuses, type Certificate } from '../policyCertificates'
import { assertPolicyConsistent } from '../policyConsistency'
import { POLICY_STATUS, POLICY_STATUSES } from '../policyStatuses'
import { POLICY_TYPE, isPolicyType } from '../policyTypes'
import { RuleViolation } from '../ruleViolation'
import { assertPlateForLine } from '../vehiclePlate'
import type { RowError } from './importOptions'

/** A staged row of a policies file (one certificate, its policy's columns repeated): cells as text, null when empty. */
export type StagedPolicyRow = {
  line: number
  policy_number: string | null
  policy_type: string | null
  line_of_business: string | null
  plate: string | null
  holder_id_type: string | null
  holder_id_number: string | null
  issue_date: string | null
  cover_start: string | null
  cover_end: string | null
  premium: string | null
  status: string | null
  cancelled_at: string | null
  clave: string | null
  branch_code: string | null
  certificate_number: string | null
  insured: string | null
  amount_due: string | null
  due_date: string | null
  amount_paid: string | null
}

export type PolicyCertificateRow = { line: number; order: number; number: string; insured: string | null; amountDue: number; dueDate: string; amountPaid: number }

export type PolicyGroup = {
  line: number
  number: string
  type: string
  lineOfBusiness: string
  plate: string | null
  holderIdType: IdType
  holderIdNumber: string
  issueDate: string
  coverStart: string
  coverEnd: string
  premium: number
  status: string
  cancelledAt: string | null
  clave: string
  branchCode: string
  certificates: PolicyCertificateRow[]
}

/** The policy's own columns: every row of a policy must repeat them alike. */
const POLICY_LEVEL = [
  ['policy_type', 'TIPO_POLIZA'],
  ['line_of_business', 'RAMO'],
  ['plate', 'PLACA'],
  ['holder_id_type', 'TIPO_DOC_TOMADOR'],
  ['holder_id_number', 'NUM_DOC_TOMADOR'],
  ['issue_date', 'FECHA_EXPEDICION'],
  ['cover_start', 'INICIO_VIGENCIA'],
  ['cover_end', 'FIN_VIGENCIA'],
  ['premium', 'PRIMA'],
  ['status', 'ESTADO'],
  ['cancelled_at', 'FECHA_CANCELACION'],
  ['clave', 'CLAVE'],
  ['branch_code', 'SUCURSAL'],
] as const

const reasonOf = (error: unknown) => (error instanceof RuleViolation ? `${error.ruleId}: ${error.message}` : String(error))

/** Whole pesos as the core system writes them: digits, optionally with thousands dots ("1.234.567"). */
export const pesosOfCell = (text: string | null): number | null => {
  if (text === null || text === '') return null
  const cleaned = /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : text
  if (!/^\d+$/.test(cleaned)) return null
  const amount = Number(cleaned)
  return isPesos(amount) ? amount : null
}

/** Which column a refusal of assertPolicyConsistent is about. */
const columnOfPolicyError = (error: unknown) => {
  const message = error instanceof Error ? error.message : ''
  if (error instanceof RuleViolation && error.ruleId === 'R-REQ-03') return 'PLACA'
  if (/vigencia/.test(message)) return 'FIN_VIGENCIA'
  if (/cancela/.test(message)) return 'FECHA_CANCELACION'
  if (/pagado/.test(message)) return 'VALOR_PAGADO'
  return 'PRIMA'
}

/**
 * R-CAR-04, R-REQ-02, R-REQ-03, R-POL-01, R-MON-01 for one policy of the core system's file: its
 * rows (one per certificate, in file order) checked by the same rules as a policy typed in the admin.
 * Each bad cell is reported with its line and column; the policy is loaded only when none is bad.
 */
export const checkPolicyGroup = (rows: StagedPolicyRow[]): { policy: PolicyGroup } | { errors: RowError[] } => {
  const errors: RowError[] = []
  const first = rows[0]!
  const fail = (line: number, column: string, reason: string) => errors.push({ line, column, reason })
  const number = first.policy_number ?? ''

  for (const row of rows.slice(1)) {
    const differs = POLICY_LEVEL.find(([column]) => row[column] !== first[column])
    if (differs) fail(row.line, differs[1], `R-CAR-04: la póliza ${number} trae en ${differs[1]} un valor distinto al de la línea ${first.line}.`)
  }

  const type = (first.policy_type ?? POLICY_TYPE.individual).toUpperCase()
  if (!isPolicyType(type)) fail(first.line, 'TIPO_POLIZA', `R-CAR-04: el tipo de póliza "${first.policy_type}" no es INDIVIDUAL ni COLECTIVA.`)
  const lineOfBusiness = (first.line_of_business ?? '').toUpperCase()
  const knownLine = LINES_OF_BUSINESS.some((l) => l.value === lineOfBusiness)
  if (!knownLine) {
    fail(first.line, 'RAMO', `R-REQ-03: el ramo "${first.line_of_business ?? ''}" no existe; use ${LINES_OF_BUSINESS.map((l) => l.value).join(', ')}.`)
  }
  let plate: string | null = null
  if (knownLine) {
    try {
      plate = assertPlateForLine({ isVehicleLine: isVehicleLine(lineOfBusiness), plate: first.plate })
    } catch (error) {
      fail(first.line, 'PLACA', reasonOf(error))
    }
  }
  let holder: ReturnType<typeof parseIdentification> | null = null
  try {
    holder = parseIdentification((first.holder_id_type ?? '').toUpperCase() as IdType, first.holder_id_number ?? '')
  } catch (error) {
    fail(first.line, /^El tipo de identificación/.test((error as Error).message) ? 'TIPO_DOC_TOMADOR' : 'NUM_DOC_TOMADOR', reasonOf(error))
  }
  const dateOf = (row: StagedPolicyRow, column: keyof StagedPolicyRow, header: string, required: boolean): string | null => {
    const text = row[column] as string | null
    if (text === null || text === '') {
      if (required) fail(row.line, header, `Falta ${header}.`)
      return null
    }
    const iso = isoFromDayMonthYear(text)
    if (!iso) fail(row.line, header, `${header} "${text}" no es una fecha dd/MM/aaaa.`)
    return iso
  }
  const issueDate = dateOf(first, 'issue_date', 'FECHA_EXPEDICION', true)
  const coverStart = dateOf(first, 'cover_start', 'INICIO_VIGENCIA', true)
  const coverEnd = dateOf(first, 'cover_end', 'FIN_VIGENCIA', true)
  const cancelledAt = dateOf(first, 'cancelled_at', 'FECHA_CANCELACION', false)
  const premium = pesosOfCell(first.premium)
  if (premium === null) fail(first.line, 'PRIMA', `R-MON-01: PRIMA "${first.premium ?? ''}" debe ser un número entero de pesos, sin decimales.`)
  const status = (first.status ?? POLICY_STATUS.inForce).toUpperCase()
  if (!POLICY_STATUSES.some((s) => s.value === status)) {
    fail(first.line, 'ESTADO', `R-CAR-04: el estado "${first.status}" no es ${POLICY_STATUSES.map((s) => s.value).join(', ')}.`)
  }
  if (!first.clave) fail(first.line, 'CLAVE', 'Falta la clave del intermediario.')
  if (!first.branch_code) fail(first.line, 'SUCURSAL', 'Falta el código de la sucursal.')

  const certificates: PolicyCertificateRow[] = []
  rows.forEach((row, index) => {
    const amountDue = pesosOfCell(row.amount_due)
    const amountPaid = row.amount_paid === null ? 0 : pesosOfCell(row.amount_paid)
    const dueDate = dateOf(row, 'due_date', 'VENCIMIENTO', true)
    if (!row.certificate_number) fail(row.line, 'NUM_CERTIFICADO', 'R-CAR-04: cada certificado necesita su número.')
    if (amountDue === null) fail(row.line, 'VALOR_CERTIFICADO', `R-MON-01: VALOR_CERTIFICADO "${row.amount_due ?? ''}" debe ser un número entero de pesos, sin decimales.`)
    if (amountPaid === null) fail(row.line, 'VALOR_PAGADO', `R-MON-01: VALOR_PAGADO "${row.amount_paid}" debe ser un número entero de pesos, sin decimales.`)
    if (!row.certificate_number || amountDue === null || amountPaid === null || !dueDate) return
    const certificate = { line: row.line, order: index + 1, number: row.certificate_number, insured: row.insured, amountDue, dueDate, amountPaid }
    try {
      // One certificate at a time (as a group policy's, so the individual-policy rule waits for the whole set).
      assertCertificatesValid(POLICY_TYPE.group, [certificate])
      certificates.push(certificate)
    } catch (error) {
      fail(row.line, /pagado/.test((error as Error).message) ? 'VALOR_PAGADO' : 'NUM_CERTIFICADO', reasonOf(error))
    }
  })
  if (errors.length > 0) return { errors }

  try {
    assertCertificatesValid(type, certificates)
  } catch (error) {
    const repeated = /El certificado (.+) está repetido/.exec((error as Error).message)?.[1]
    const line = repeated ? certificates.filter((c) => c.number === repeated)[1]?.line : (rows[1] ?? first).line
    fail(line ?? first.line, 'NUM_CERTIFICADO', reasonOf(error))
    return { errors }
  }
  const totals = policyTotalsFromCertificates(withStatuses(certificates as Certificate[]))
  try {
    assertPolicyConsistent({ lineOfBusiness, plate, coverStart, coverEnd, status, cancelledAt, premium, totalDue: totals.totalDue, amountPaid: totals.amountPaid })
  } catch (error) {
    fail(first.line, columnOfPolicyError(error), reasonOf(error))
    return { errors }
  }
  return {
    policy: {
      line: first.line,
      number,
      type,
      lineOfBusiness,
      plate,
      holderIdType: holder!.type,
      holderIdNumber: holder!.number,
      issueDate: issueDate!,
      coverStart: coverStart!,
      coverEnd: coverEnd!,
      premium: premium!,
      status,
      cancelledAt,
      clave: first.clave!,
      branchCode: first.branch_code!,
      certificates,
    },
  }
}

/** A row without a policy number cannot be grouped: refused on its own. */
export const missingPolicyNumber = (row: StagedPolicyRow): RowError => ({ line: row.line, column: 'NUM_POLIZA', reason: 'R-CAR-04: falta el número de póliza.' })
