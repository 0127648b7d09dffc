import { describe, expect, it } from 'vitest'

import { kindOfHeader, missingHeaders } from '@/rules/imports/importColumns'
import { checkPaymentRow, compareWithStoredReceipt, creditPolicyWithPayments, refuseRepeatedReceipts, type PaymentRow, type StagedPaymentRow } from '@/rules/imports/paymentRows'
import { applyPaymentToCertificates, policyTotalsFromCertificates } from '@/rules/policyCertificates'

const TODAY = '2026-05-15'

const receipt = (overrides: Partial<StagedPaymentRow> = {}): StagedPaymentRow => ({
  line: 2,
  receipt_number: 'RC-1',
  policy_number: 'HG-1',
  paid_on: '10/05/2026',
  amount: '1.200.000',
  kind: 'TRANSFERENCIA',
  bank_account: 'Bancolombia 123',
  bank_branch: 'Chapinero',
  authorization_number: null,
  franchise: null,
  ...overrides,
})

const errorsOf = (row: StagedPaymentRow) => {
  const checked = checkPaymentRow(row, TODAY)
  return 'errors' in checked ? checked.errors.map((e) => `${e.column}: ${e.reason}`) : []
}

describe('payments file rows', () => {
  it('R-LEG-02: a transfer with its account and branch is read into a payment (amount in whole pesos, date ISO)', () => {
    expect(checkPaymentRow(receipt(), TODAY)).toEqual({
      payment: {
        line: 2,
        receiptNumber: 'RC-1',
        policyNumber: 'HG-1',
        paidOn: '2026-05-10',
        amount: 1_200_000,
        kind: 'TRANSFERENCIA',
        bankAccount: 'Bancolombia 123',
        bankBranch: 'Chapinero',
        authorizationNumber: null,
        franchise: null,
      },
    })
  })

  it('R-LEG-02: a card payment needs its authorization and a known franchise; a bank mean its account', () => {
    expect(errorsOf(receipt({ kind: 'DATAFONO', bank_account: null, bank_branch: null, authorization_number: null, franchise: 'MAESTRO' }))).toEqual([
      'NUM_AUTORIZACION: R-LEG-02: NUM_AUTORIZACION es obligatorio.',
      'FRANQUICIA: R-LEG-02: FRANQUICIA debe ser una de VISA, MASTERCARD, AMERICAN_EXPRESS, DINERS.',
    ])
    expect(errorsOf(receipt({ bank_account: null }))).toEqual(['CUENTA: R-LEG-02: CUENTA es obligatorio.'])
    expect(errorsOf(receipt({ kind: 'EFECTIVO' }))).toEqual([expect.stringMatching(/^MEDIO_PAGO: R-LEG-02: MEDIO_PAGO "EFECTIVO" debe ser uno de CONSIGNACION_EFECTIVO/)])
    const card = checkPaymentRow(receipt({ kind: 'datafono', bank_account: null, bank_branch: null, authorization_number: 'A-77', franchise: 'visa' }), TODAY)
    expect(card).toMatchObject({ payment: { kind: 'DATAFONO', authorizationNumber: 'A-77', franchise: 'VISA', bankAccount: null } })
  })

  it('R-MON-01: the amount is whole pesos above zero', () => {
    for (const amount of ['0', '1200,50', '-5', 'mil', null]) {
      expect(errorsOf(receipt({ amount }))).toEqual([expect.stringMatching(/^VALOR: R-MON-01: VALOR ".*" debe ser un número entero de pesos mayor que cero/)])
    }
  })

  it('R-LEG-02: the payment date is a calendar day, not after the load day', () => {
    expect(errorsOf(receipt({ paid_on: '31/02/2026' }))).toEqual(['FECHA_PAGO: R-LEG-02: FECHA_PAGO "31/02/2026" no es una fecha dd/MM/aaaa.'])
    expect(errorsOf(receipt({ paid_on: '16/05/2026' }))).toEqual(['FECHA_PAGO: R-LEG-02: FECHA_PAGO 16/05/2026 es posterior a hoy: un pago no puede tener fecha futura.'])
    expect(errorsOf(receipt({ paid_on: '15/05/2026' }))).toEqual([])
    expect(errorsOf(receipt({ paid_on: null }))).toEqual(['FECHA_PAGO: R-LEG-02: falta FECHA_PAGO.'])
  })

  it('CARGA-02: the receipt number (the natural key) and the policy are required; a receipt repeated in the file is refused naming the first line', () => {
    expect(errorsOf(receipt({ receipt_number: null, policy_number: null }))).toEqual([
      'NUM_RECIBO: CARGA-02: falta el número de recibo del sistema central (la llave del pago).',
      'NUM_POLIZA: R-CAR-04: falta el número de póliza.',
    ])
    const payment = (line: number, receiptNumber: string) => ({ ...(checkPaymentRow(receipt(), TODAY) as { payment: PaymentRow }).payment, line, receiptNumber })
    const seen = new Map<string, number>()
    const first = refuseRepeatedReceipts([payment(2, 'RC-1'), payment(3, 'RC-2')], seen)
    const second = refuseRepeatedReceipts([payment(4, 'RC-1')], seen)
    expect(first).toMatchObject({ errors: [], payments: [{ line: 2 }, { line: 3 }] })
    expect(second).toEqual({ payments: [], errors: [{ line: 4, column: 'NUM_RECIBO', reason: 'CARGA-02: el recibo RC-1 ya viene en la línea 2.' }] })
  })

  it('CARGA-02: a receipt already stored is the same payment when policy, date, amount and mean agree; otherwise it is refused', () => {
    const payment = (checkPaymentRow(receipt(), TODAY) as { payment: PaymentRow }).payment
    const stored = { receiptNumber: 'RC-1', policyNumber: 'HG-1', paidOn: '2026-05-10', amount: 1_200_000, kind: 'TRANSFERENCIA' }
    expect(compareWithStoredReceipt(payment, stored)).toBe('same')
    expect(compareWithStoredReceipt(payment, { ...stored, amount: 1_000_000 })).toMatchObject({ line: 2, column: 'NUM_RECIBO', reason: expect.stringMatching(/^CARGA-02: el recibo RC-1 ya se aplicó/) })
    expect(compareWithStoredReceipt(payment, { ...stored, policyNumber: 'HG-2' })).not.toBe('same')
  })

  it('R-CAR-04: a policy is credited exactly as a legalization credits it — oldest certificate first, totals from the certificates — and a payment above what is owed is refused on its line', () => {
    const certificates = [
      { id: 'a', number: '1', amountDue: 500_000, amountPaid: 0, dueDate: '2026-03-01T12:00:00.000Z' },
      { id: 'b', number: '2', amountDue: 400_000, amountPaid: 100_000, dueDate: '2026-02-01T12:00:00.000Z' },
    ]
    const credit = creditPolicyWithPayments(certificates, [
      { line: 5, amount: 350_000 },
      { line: 6, amount: 900_000 },
      { line: 7, amount: 50_000 },
    ])
    // Lines 5 and 7 in turn are what the pure functions give, one payment after the other.
    const expected = applyPaymentToCertificates(applyPaymentToCertificates(certificates, 350_000), 50_000)
    expect(credit.certificates).toEqual(expected)
    expect(credit.certificates.map((c) => [c.amountPaid, c.status])).toEqual([
      [100_000, 'PARCIAL'],
      [400_000, 'PAGADO'],
    ])
    expect(credit.totals).toEqual(policyTotalsFromCertificates(expected))
    expect(credit.totals).toMatchObject({ totalDue: 900_000, amountPaid: 500_000, paymentStatus: 'PARCIAL', paymentDueDate: '2026-03-01T12:00:00.000Z' })
    expect(credit.appliedLines).toEqual([5, 7])
    expect(credit.errors).toEqual([{ line: 6, column: 'VALOR', reason: expect.stringMatching(/^R-CAR-04: El pago de \$ 900\.000 supera lo que deben los certificados de la póliza \(\$ 450\.000\)/) }])
  })

  it('CARGA-01: a payments file needs its receipt, policy, date, amount and mean columns and is recognized by NUM_RECIBO', () => {
    expect(missingHeaders('PAGOS', ['NUM_RECIBO', 'NUM_POLIZA', 'FECHA_PAGO', 'VALOR'])).toEqual(['MEDIO_PAGO'])
    expect(missingHeaders('PAGOS', ['NUM_RECIBO', 'NUM_POLIZA', 'FECHA_PAGO', 'VALOR', 'MEDIO_PAGO'])).toEqual([])
    expect(kindOfHeader(['NUM_RECIBO', 'NUM_POLIZA', 'VALOR'])).toBe('PAGOS')
    expect(kindOfHeader(['NUM_POLIZA', 'RAMO'])).toBe('POLIZAS')
  })
})
