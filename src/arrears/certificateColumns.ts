import { EXCEL_DATE, EXCEL_PESOS, excelBogotaDate } from '@/export/excelDates'
import type { XlsxColumn } from '@/export/streamXlsx'
import type { UnpaidCertificate } from '@/rules/policyCertificates'

/** R-CAR-04: the unpaid certificates of one policy, in Spanish, dates and money as real Excel values. */
export const CERTIFICATE_COLUMNS: XlsxColumn[] = [
  { header: 'No. certificado', key: 'number', width: 14 },
  { header: 'Asegurado / riesgo', key: 'insured', width: 30 },
  { header: 'Vencimiento', key: 'dueDate', width: 14, numFmt: EXCEL_DATE },
  { header: 'Días mora', key: 'daysPastDue', width: 10 },
  { header: 'Franja de mora', key: 'bucket', width: 12 },
  { header: 'Valor', key: 'amountDue', width: 16, numFmt: EXCEL_PESOS },
  { header: 'Pagado', key: 'amountPaid', width: 16, numFmt: EXCEL_PESOS },
  { header: 'Saldo pendiente', key: 'pending', width: 16, numFmt: EXCEL_PESOS },
]

export const toCertificateExcelRow = (c: UnpaidCertificate) => ({
  number: c.number,
  insured: c.insured ?? '',
  dueDate: excelBogotaDate(c.dueDate),
  daysPastDue: c.daysPastDue,
  bucket: c.bucket ?? '',
  amountDue: c.amountDue,
  amountPaid: c.amountPaid,
  pending: c.pending,
})

export const certificatesFooter = (certificates: UnpaidCertificate[]) => [
  { number: 'Total pendiente', pending: certificates.reduce((s, c) => s + c.pending, 0) },
]
