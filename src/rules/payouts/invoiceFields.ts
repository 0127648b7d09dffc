import { parseIsoDate } from '@/rules/calendar/isoDate'
import { isPesos } from '@/rules/money'
import { RuleViolation } from '@/rules/ruleViolation'

/** R-PAY-03: the amounts of a crossed invoice the portal shows, in pesos, with their Spanish headers. */
export const INVOICE_AMOUNTS = [
  { name: 'invoiceValue', label: 'Valor factura' },
  { name: 'netValue', label: 'Valor neto' },
  { name: 'paidAmount', label: 'Valor pagado' },
  { name: 'financialDiscount', label: 'Descuento financiero' },
  { name: 'balance', label: 'Saldo' },
  { name: 'garnishments', label: 'Embargos' },
] as const

/** R-PAY-04: the tax amounts the Excel download adds. */
export const INVOICE_TAXES = [
  { name: 'vat', label: 'IVA' },
  { name: 'retefuente', label: 'Retefuente' },
  { name: 'reteica', label: 'ReteICA' },
  { name: 'reteiva', label: 'ReteIVA' },
  { name: 'stampTax', label: 'Impuesto timbre' },
] as const

/** R-PAY-04: the other amounts the Excel download adds. */
export const INVOICE_CHARGES = [
  { name: 'crossingValue', label: 'Valor cruce' },
  { name: 'copayment', label: 'Copago' },
  { name: 'moderatingFee', label: 'Cuota moderadora' },
] as const

export type InvoiceAmountName =
  | (typeof INVOICE_AMOUNTS)[number]['name']
  | (typeof INVOICE_TAXES)[number]['name']
  | (typeof INVOICE_CHARGES)[number]['name']

export type InvoiceFigures = Partial<Record<InvoiceAmountName, number | null>> & {
  crossingDate?: string | null
  crossingDocument?: string | null
}

const ALL_AMOUNTS = [...INVOICE_AMOUNTS, ...INVOICE_TAXES, ...INVOICE_CHARGES]

const WITHHOLDINGS = ['retefuente', 'reteica', 'reteiva'] as const

const isIsoDay = (text: string) => {
  try {
    parseIsoDate(text.slice(0, 10))
    return true
  } catch {
    return false
  }
}

/**
 * R-PAY-03/04: the figures of a crossed invoice are whole pesos (absent counts as 0); a crossing is
 * recorded whole — date, document and value together — or not at all; the withholdings
 * (Retefuente + ReteICA + ReteIVA) never exceed the invoice value.
 */
export const checkInvoiceFigures = (invoice: InvoiceFigures): void => {
  for (const { name, label } of ALL_AMOUNTS) {
    const value = invoice[name]
    if (value !== null && value !== undefined && !isPesos(value)) {
      throw new RuleViolation('R-PAY-04', `${label} debe ser un valor entero de pesos, sin decimales ni signo negativo.`)
    }
  }
  const crossing = {
    date: Boolean(invoice.crossingDate),
    document: Boolean(invoice.crossingDocument?.trim()),
    value: invoice.crossingValue !== null && invoice.crossingValue !== undefined && invoice.crossingValue > 0,
  }
  const parts = Object.values(crossing).filter(Boolean).length
  if (parts > 0 && parts < 3) {
    throw new RuleViolation('R-PAY-04', 'El cruce se registra completo: fecha de cruce, documento de cruce y valor de cruce.')
  }
  if (crossing.date && !isIsoDay(invoice.crossingDate!)) {
    throw new RuleViolation('R-PAY-04', `La fecha de cruce "${invoice.crossingDate}" no es una fecha válida.`)
  }
  const withheld = WITHHOLDINGS.reduce((sum, name) => sum + (invoice[name] ?? 0), 0)
  if (withheld > (invoice.invoiceValue ?? 0)) {
    throw new RuleViolation('R-PAY-04', 'Las retenciones (Retefuente, ReteICA y ReteIVA) suman más que el valor de la factura.')
  }
}
