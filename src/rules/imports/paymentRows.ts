import { isoFromDayMonthYear } from '../dates/dayMonthYear'
import { PAYMENT_MEAN_KINDS, PaymentMean } from '../legalization/paymentMeans'
import { applyPaymentToCertificates, policyTotalsFromCertificates, withStatuses, type Certificate, type PolicyTotals } from '../policyCertificates'
import { RuleViolation } from '../ruleViolation'
import type { RowError } from './importOptions'
import { pesosOfCell } from './policyRows'

/** A staged row of a payments file (one core-system receipt): cells as text, null when empty. */
export type StagedPaymentRow = {
  line: number
  receipt_number: string | null
  policy_number: string | null
  paid_on: string | null
  amount: string | null
  kind: string | null
  bank_account: string | null
  bank_branch: string | null
  authorization_number: string | null
  franchise: string | null
}

export type PaymentRow = {
  line: number
  receiptNumber: string
  policyNumber: string
  paidOn: string
  amount: number
  kind: string
  bankAccount: string | null
  bankBranch: string | null
  authorizationNumber: string | null
  franchise: string | null
}

/** The payment mean's fields (R-LEG-02's schema) and the file's header of each. */
const HEADER_OF_FIELD: Record<string, string> = {
  kind: 'MEDIO_PAGO',
  paidOn: 'FECHA_PAGO',
  amount: 'VALOR',
  bankAccount: 'CUENTA',
  bankBranch: 'SUCURSAL_BANCARIA',
  authorizationNumber: 'NUM_AUTORIZACION',
  franchise: 'FRANQUICIA',
}

const reasonOf = (error: unknown) => (error instanceof RuleViolation ? `${error.ruleId}: ${error.message}` : String(error))

/**
 * R-LEG-02, R-MON-01 for one receipt of the core system's payments file: the receipt and policy
 * numbers are required; the date is a calendar day not after `today` (the load's day in Bogotá); the
 * amount whole pesos above zero; the payment mean with its own fields, checked by the same schema as
 * a mean typed in a legalization or an agreement payment (`PaymentMean`). Returns the row or its errors.
 */
export const checkPaymentRow = (row: StagedPaymentRow, today: string): { payment: PaymentRow } | { errors: RowError[] } => {
  const errors: RowError[] = []
  const fail = (column: string, reason: string) => errors.push({ line: row.line, column, reason })
  if (!row.receipt_number) fail('NUM_RECIBO', 'CARGA-02: falta el número de recibo del sistema central (la llave del pago).')
  if (!row.policy_number) fail('NUM_POLIZA', 'R-CAR-04: falta el número de póliza.')

  let paidOn: string | null = null
  if (!row.paid_on) fail('FECHA_PAGO', 'R-LEG-02: falta FECHA_PAGO.')
  else {
    paidOn = isoFromDayMonthYear(row.paid_on)
    if (!paidOn) fail('FECHA_PAGO', `R-LEG-02: FECHA_PAGO "${row.paid_on}" no es una fecha dd/MM/aaaa.`)
    else if (paidOn > today) fail('FECHA_PAGO', `R-LEG-02: FECHA_PAGO ${row.paid_on} es posterior a hoy: un pago no puede tener fecha futura.`)
  }
  const amount = pesosOfCell(row.amount)
  if (amount === null || amount === 0) fail('VALOR', `R-MON-01: VALOR "${row.amount ?? ''}" debe ser un número entero de pesos mayor que cero, sin decimales.`)

  const kind = (row.kind ?? '').toUpperCase()
  const mean = PaymentMean.safeParse({
    kind,
    paidOn: paidOn ?? '2000-01-01',
    amount: amount || 1,
    bankAccount: row.bank_account ?? undefined,
    bankBranch: row.bank_branch ?? undefined,
    authorizationNumber: row.authorization_number ?? undefined,
    franchise: row.franchise?.toUpperCase() ?? undefined,
  })
  if (!mean.success) {
    const reported = new Set<string>()
    for (const issue of mean.error.issues) {
      const field = String(issue.path[0] ?? 'kind')
      const header = HEADER_OF_FIELD[field] ?? 'MEDIO_PAGO'
      if (reported.has(header)) continue
      reported.add(header)
      const message =
        field === 'kind' ? `MEDIO_PAGO "${row.kind ?? ''}" debe ser uno de ${PAYMENT_MEAN_KINDS.map((k) => k.value).join(', ')}.` : issue.message.replace(field, header)
      fail(header, `R-LEG-02: ${message}`)
    }
  }
  if (errors.length > 0) return { errors }
  const means = mean.data!
  return {
    payment: {
      line: row.line,
      receiptNumber: row.receipt_number!,
      policyNumber: row.policy_number!,
      paidOn: paidOn!,
      amount: amount!,
      kind,
      bankAccount: 'bankAccount' in means ? means.bankAccount : null,
      bankBranch: 'bankBranch' in means ? means.bankBranch : null,
      authorizationNumber: 'authorizationNumber' in means ? means.authorizationNumber : null,
      franchise: 'franchise' in means ? means.franchise : null,
    },
  }
}

/** The same receipt twice in one file would pay twice: the later lines are refused naming the first. */
export const refuseRepeatedReceipts = (payments: PaymentRow[], seen: Map<string, number>): { payments: PaymentRow[]; errors: RowError[] } => {
  const errors: RowError[] = []
  const kept: PaymentRow[] = []
  for (const p of payments) {
    const first = seen.get(p.receiptNumber)
    if (first !== undefined) errors.push({ line: p.line, column: 'NUM_RECIBO', reason: `CARGA-02: el recibo ${p.receiptNumber} ya viene en la línea ${first}.` })
    else {
      seen.set(p.receiptNumber, p.line)
      kept.push(p)
    }
  }
  return { payments: kept, errors }
}

/** A receipt already stored, as the database has it (dates ISO, amounts pesos). */
export type StoredReceipt = { receiptNumber: string; policyNumber: string | null; paidOn: string; amount: number; kind: string }

/**
 * CARGA-02: a receipt already applied is never applied again. The same receipt with the same
 * policy, date, amount and mean is the same payment (left as it is, counted unchanged); with other
 * data it is refused — money already applied is not changed by a load.
 */
export const compareWithStoredReceipt = (payment: PaymentRow, stored: StoredReceipt): 'same' | RowError =>
  stored.policyNumber === payment.policyNumber && stored.paidOn === payment.paidOn && stored.amount === payment.amount && stored.kind === payment.kind
    ? 'same'
    : {
        line: payment.line,
        column: 'NUM_RECIBO',
        reason:
          `CARGA-02: el recibo ${payment.receiptNumber} ya se aplicó (póliza ${stored.policyNumber ?? '—'}, ${stored.paidOn}, $ ${stored.amount}) ` +
          'con datos distintos a los de esta línea: un pago aplicado no se modifica con una carga.',
      }

export type PolicyCredit = { certificates: Certificate[]; totals: PolicyTotals; appliedLines: number[]; errors: RowError[] }

/**
 * R-CAR-04 for one policy's new receipts, exactly as a confirmed legalization credits it: each
 * payment, in file order, pays the certificates oldest due first (applyPaymentToCertificates, the
 * function creditCertificates calls), and the policy's totals follow from the certificates
 * (policyTotalsFromCertificates, the function the policy's hook calls). A payment above what the
 * certificates still owe is refused on its line and the rest go on.
 */
export const creditPolicyWithPayments = (certificates: Certificate[], payments: { line: number; amount: number }[]): PolicyCredit => {
  let current = withStatuses(certificates)
  const appliedLines: number[] = []
  const errors: RowError[] = []
  for (const payment of payments) {
    try {
      current = applyPaymentToCertificates(current, payment.amount)
      appliedLines.push(payment.line)
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error
      errors.push({ line: payment.line, column: 'VALOR', reason: reasonOf(error) })
    }
  }
  return { certificates: current, totals: policyTotalsFromCertificates(current), appliedLines, errors }
}
