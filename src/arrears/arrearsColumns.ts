import { EXCEL_DATE, EXCEL_PESOS, excelBogotaDate } from '@/export/excelDates'
import type { XlsxColumn } from '@/export/streamXlsx'
import { LINES_OF_BUSINESS } from '@/rules/linesOfBusiness'
import type { ArrearsRow } from './arrearsRows'

/** R-CAR-01: the columns of the arrears table, in Spanish, dates and money as real Excel values. */
export const ARREARS_COLUMNS: XlsxColumn[] = [
  { header: 'No. póliza', key: 'number', width: 16 },
  { header: 'Ramo', key: 'lineOfBusiness', width: 20 },
  { header: 'Tipo póliza', key: 'type', width: 12 },
  { header: 'Tomador', key: 'holderName', width: 30 },
  { header: 'Identificador', key: 'identifier', width: 16 },
  { header: 'Prima', key: 'premium', width: 16, numFmt: EXCEL_PESOS },
  { header: 'Días mora', key: 'daysPastDue', width: 10 },
  { header: 'Franja de mora', key: 'bucket', width: 12 },
  { header: 'Inicio vigencia', key: 'coverStart', width: 14, numFmt: EXCEL_DATE },
  { header: 'Expedición', key: 'issueDate', width: 14, numFmt: EXCEL_DATE },
  { header: 'Fecha límite de pago', key: 'paymentDueDate', width: 14, numFmt: EXCEL_DATE },
  { header: 'Total a pagar', key: 'totalDue', width: 16, numFmt: EXCEL_PESOS },
  { header: 'Saldo pendiente', key: 'pending', width: 16, numFmt: EXCEL_PESOS },
  { header: 'Clave', key: 'clave', width: 10 },
]

const TYPE_LABELS: Record<string, string> = { INDIVIDUAL: 'Individual', COLECTIVA: 'Colectiva' }

export const toArrearsExcelRow = (r: ArrearsRow) => ({
  number: r.number,
  lineOfBusiness: LINES_OF_BUSINESS.find((l) => l.value === r.lineOfBusiness)?.label ?? r.lineOfBusiness,
  type: TYPE_LABELS[r.type] ?? r.type,
  holderName: r.holderName ?? '',
  identifier: r.identifier ?? '',
  premium: r.premium,
  daysPastDue: r.daysPastDue,
  bucket: r.bucket ?? '',
  coverStart: excelBogotaDate(r.coverStart),
  issueDate: excelBogotaDate(r.issueDate),
  paymentDueDate: excelBogotaDate(r.paymentDueDate),
  totalDue: r.totalDue,
  pending: r.pending,
  clave: r.clave,
})

/** Footer rows: the total pending (a number) and the date the figures are as of (a date). */
export const arrearsFooter = (totalPending: number, asOf: string) => [
  { number: 'Total pendiente', pending: totalPending },
  { number: 'Cifras al', coverStart: excelBogotaDate(`${asOf}T12:00:00.000Z`) },
]
