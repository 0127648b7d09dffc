import { EXCEL_DATE, EXCEL_PESOS, excelBogotaDate } from '@/export/excelDates'
import type { XlsxColumn } from '@/export/streamXlsx'
import type { Payout, PayoutInvoice } from '@/payload-types'
import { INVOICE_AMOUNTS, INVOICE_CHARGES, INVOICE_TAXES } from '@/rules/payouts/invoiceFields'
import { paymentFormLabel, shownBankFields } from '@/rules/payouts/paymentForm'

const pesos = (amounts: readonly { name: string; label: string }[]): XlsxColumn[] =>
  amounts.map(({ name, label }) => ({ header: label, key: name, width: 16, numFmt: EXCEL_PESOS }))

/** R-PAY-03 + R-PAY-04: the invoice columns of the voucher's Excel, the detail's and then the extra ones. */
export const INVOICE_COLUMNS: XlsxColumn[] = [
  { header: 'N° comprobante de pago / anticipo', key: 'voucherNumber', width: 18 },
  { header: 'Tipo documento', key: 'documentType', width: 14 },
  { header: 'Número de factura', key: 'invoiceNumber', width: 18 },
  ...pesos(INVOICE_AMOUNTS),
  ...pesos(INVOICE_TAXES),
  { header: 'Forma de pago', key: 'paymentForm', width: 18 },
  { header: 'Fecha cruce', key: 'crossingDate', width: 12, numFmt: EXCEL_DATE },
  { header: 'Documento cruce', key: 'crossingDocument', width: 16 },
  ...pesos(INVOICE_CHARGES),
]

const AMOUNT_NAMES = [...INVOICE_AMOUNTS, ...INVOICE_TAXES, ...INVOICE_CHARGES].map((a) => a.name)

/** What the Excel reads of each invoice. */
export const INVOICE_SELECT: Record<string, true> = Object.fromEntries(
  ['voucherNumber', 'documentType', 'invoiceNumber', 'crossingDate', 'crossingDocument', ...AMOUNT_NAMES].map((name) => [name, true as const]),
)

/** An invoice as an Excel row: amounts as numbers, the crossing date as a date. */
export const toInvoiceExcelRow = (invoice: PayoutInvoice, payout: Payout): Record<string, unknown> => ({
  voucherNumber: invoice.voucherNumber,
  documentType: invoice.documentType,
  invoiceNumber: invoice.invoiceNumber,
  ...Object.fromEntries(AMOUNT_NAMES.map((name) => [name, invoice[name] ?? 0])),
  paymentForm: paymentFormLabel(payout.paymentForm),
  crossingDate: excelBogotaDate(invoice.crossingDate),
  crossingDocument: invoice.crossingDocument ?? '',
})

/** R-PAY-02: the voucher's own columns (second sheet of the Excel). */
export const PAYOUT_COLUMNS: XlsxColumn[] = [
  { header: 'N° documento', key: 'documentNumber', width: 16 },
  { header: 'Fecha de pago', key: 'paidOn', width: 12, numFmt: EXCEL_DATE },
  { header: 'Nombre del banco', key: 'bankName', width: 18 },
  { header: 'Tipo de cuenta', key: 'accountType', width: 12 },
  { header: 'Número de cuenta', key: 'accountNumber', width: 18 },
  { header: 'Forma de pago', key: 'paymentForm', width: 18 },
  { header: 'Valor pago', key: 'amountPaid', width: 16, numFmt: EXCEL_PESOS },
  { header: 'Valor pendiente por aplicar', key: 'pendingToApply', width: 16, numFmt: EXCEL_PESOS },
  { header: 'Valor pendiente por aplicar anticipo', key: 'advancePendingToApply', width: 16, numFmt: EXCEL_PESOS },
  { header: 'NIT', key: 'nit', width: 12 },
]

export const toPayoutExcelRow = (payout: Payout): Record<string, unknown> => ({
  documentNumber: payout.documentNumber,
  paidOn: excelBogotaDate(payout.paidOn),
  ...shownBankFields(payout),
  paymentForm: paymentFormLabel(payout.paymentForm),
  amountPaid: payout.amountPaid,
  pendingToApply: payout.pendingToApply,
  advancePendingToApply: payout.advancePendingToApply,
  nit: payout.nit ?? '',
})
