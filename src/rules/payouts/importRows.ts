import { isPesos } from '@/rules/money'
import { RuleViolation } from '@/rules/ruleViolation'
import { checkInvoiceFigures, INVOICE_AMOUNTS, INVOICE_CHARGES, INVOICE_TAXES, type InvoiceFigures } from './invoiceFields'
import { checkPaymentForm, NOT_APPLICABLE, type AccountType, type PaymentForm } from './paymentForm'
import { parseDisplayDate } from './period'
import { parseProviderNit } from './providerNit'

/** A row of the treasury's file: its line in the file (header = line 1) and its cells by column header. */
export type RawImportRow = { line: number; cells: Record<string, unknown> }

export type ImportedPayout = {
  documentNumber: string
  paidOn: string
  nit: string
  paymentForm: PaymentForm
  bankName: string | null
  accountType: AccountType | null
  accountNumber: string | null
  amountPaid: number
  pendingToApply: number
  advancePendingToApply: number
}

export type ImportedInvoice = InvoiceFigures & { voucherNumber: string; documentType: string; invoiceNumber: string }

export type ImportRow = { line: number; payout: ImportedPayout; invoice: ImportedInvoice }

/** The columns of the treasury's export (the same headers as the voucher's Excel), header → field. */
export const IMPORT_TEXT_COLUMNS = {
  'N° documento': 'documentNumber',
  NIT: 'nit',
  'Forma de pago': 'paymentForm',
  'Nombre del banco': 'bankName',
  'Tipo de cuenta': 'accountType',
  'Número de cuenta': 'accountNumber',
  'N° comprobante de pago / anticipo': 'voucherNumber',
  'Tipo documento': 'documentType',
  'Número de factura': 'invoiceNumber',
  'Documento cruce': 'crossingDocument',
} as const

export const IMPORT_DATE_COLUMNS = { 'Fecha de pago': 'paidOn', 'Fecha cruce': 'crossingDate' } as const

export const IMPORT_PAYOUT_AMOUNTS = [
  { name: 'amountPaid', label: 'Valor pago' },
  { name: 'pendingToApply', label: 'Valor pendiente por aplicar' },
  { name: 'advancePendingToApply', label: 'Valor pendiente por aplicar anticipo' },
] as const

const INVOICE_AMOUNT_COLUMNS = [...INVOICE_AMOUNTS, ...INVOICE_TAXES, ...INVOICE_CHARGES]

const REQUIRED_TEXT = ['N° documento', 'NIT', 'Forma de pago', 'N° comprobante de pago / anticipo', 'Tipo documento', 'Número de factura'] as const

const fail = (line: number, message: string): never => {
  throw new RuleViolation('R-PAY-02', `Línea ${line}: ${message}`)
}

const textOf = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim())

const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase()

const paymentFormOf = (text: string, line: number): PaymentForm => {
  const value = plain(text)
  if (value.startsWith('DISPERSION')) return 'DISPERSION'
  if (value.startsWith('GIRO')) return 'GIRO_DIRECTO_CESION'
  return fail(line, `la forma de pago "${text}" no es Dispersión ni Giro Directo/Cesión.`)
}

/** A bank cell: empty or N/A means "none". */
const bankCell = (text: string) => (text === '' || plain(text) === NOT_APPLICABLE ? null : text)

const dateOf = (value: unknown, header: string, line: number): string | null => {
  const text = textOf(value)
  if (text === '') return null
  try {
    return parseDisplayDate(text, header.toLowerCase())
  } catch (error) {
    return fail(line, (error as Error).message)
  }
}

/** Whole pesos, typed as a number or as text with thousands dots ("1.234.567"); empty is 0. */
const pesosOf = (value: unknown, header: string, line: number): number => {
  const text = textOf(value)
  if (text === '') return 0
  const amount = typeof value === 'number' ? value : /^\d{1,3}(\.\d{3})+$/.test(text) ? Number(text.replace(/\./g, '')) : Number(text)
  return isPesos(amount) ? amount : fail(line, `${header} "${text}" no es un valor entero de pesos.`)
}

const nitOf = (text: string, line: number): string => {
  if (/^\d{6,15}$/.test(text)) return text
  try {
    return parseProviderNit(text)
  } catch (error) {
    return fail(line, (error as Error).message)
  }
}

/**
 * R-PAY-02…04 for the bulk load: one row of the treasury's file (a crossed invoice, with its
 * voucher's columns repeated) checked and typed; a refusal names the line and the reason.
 */
export const parseImportRow = ({ line, cells }: RawImportRow): ImportRow => {
  const text = (header: keyof typeof IMPORT_TEXT_COLUMNS) => textOf(cells[header])
  for (const header of REQUIRED_TEXT) if (text(header) === '') fail(line, `falta ${header}.`)
  const paidOn = dateOf(cells['Fecha de pago'], 'Fecha de pago', line) ?? fail(line, 'falta Fecha de pago.')
  const payout: ImportedPayout = {
    documentNumber: text('N° documento'),
    paidOn,
    nit: nitOf(text('NIT'), line),
    paymentForm: paymentFormOf(text('Forma de pago'), line),
    bankName: bankCell(text('Nombre del banco')),
    // checkPaymentForm below refuses any other value of a dispersión.
    accountType: bankCell(plain(text('Tipo de cuenta'))) as AccountType | null,
    accountNumber: bankCell(text('Número de cuenta')),
    ...(Object.fromEntries(IMPORT_PAYOUT_AMOUNTS.map(({ name, label }) => [name, pesosOf(cells[label], label, line)])) as Pick<
      ImportedPayout,
      'amountPaid' | 'pendingToApply' | 'advancePendingToApply'
    >),
  }
  const invoice: ImportedInvoice = {
    voucherNumber: text('N° comprobante de pago / anticipo'),
    documentType: text('Tipo documento'),
    invoiceNumber: text('Número de factura'),
    crossingDocument: text('Documento cruce') || null,
    crossingDate: dateOf(cells['Fecha cruce'], 'Fecha cruce', line),
    ...Object.fromEntries(INVOICE_AMOUNT_COLUMNS.map(({ name, label }) => [name, pesosOf(cells[label], label, line)])),
  }
  try {
    checkPaymentForm(payout)
    checkInvoiceFigures(invoice)
  } catch (error) {
    if (error instanceof RuleViolation) fail(line, error.message)
    throw error
  }
  return { line, payout, invoice }
}

const VOUCHER_FIELDS = ['paidOn', 'nit', 'paymentForm', 'bankName', 'accountType', 'accountNumber', 'amountPaid', 'pendingToApply', 'advancePendingToApply'] as const

export type ImportedVoucher = { line: number; payout: ImportedPayout; invoices: (ImportedInvoice & { line: number })[] }

/**
 * The rows grouped by voucher (N° documento), invoices numbered in file order. Every row of a
 * voucher must repeat the same voucher columns; a row that disagrees is refused with its line.
 */
export const groupImportRows = (rows: ImportRow[]): ImportedVoucher[] => {
  const vouchers = new Map<string, ImportedVoucher>()
  for (const row of rows) {
    const known = vouchers.get(row.payout.documentNumber)
    if (!known) {
      vouchers.set(row.payout.documentNumber, { line: row.line, payout: row.payout, invoices: [{ ...row.invoice, line: 1 }] })
      continue
    }
    const differs = VOUCHER_FIELDS.find((field) => known.payout[field] !== row.payout[field])
    if (differs) fail(row.line, `el comprobante ${row.payout.documentNumber} trae datos distintos a los de la línea ${known.line} (${differs}).`)
    known.invoices.push({ ...row.invoice, line: known.invoices.length + 1 })
  }
  return [...vouchers.values()]
}
