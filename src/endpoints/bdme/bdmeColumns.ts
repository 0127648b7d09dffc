import { EXCEL_DATE, EXCEL_PESOS, excelLegalDate } from '@/export/excelDates'
import type { XlsxColumn } from '@/export/streamXlsx'
import type { BdmeEntry } from '@/payload-types'
import type { BdmeLineState } from '@/rules/bdme/semester'
import { ID_TYPES } from '@/rules/identification'

/**
 * The columns of the semester's BDME filing. The manual (001 §7.3.4 item 9, §8.21) refers to the
 * report "en las mismas condiciones establecidas en la Ley 901 de 2004" without a layout, so the
 * columns are the data that law's art. 2 par. 3 asks of each debtor — name or business name,
 * identification (type, number, check digit), the obligation, its amount and date — plus the
 * report and withdrawal with their dates and reasons, so one sheet carries the additions and the
 * withdrawals of the semester. Amounts and check digits are numbers, dates are dates; the
 * identification number stays text (an identifier, never summed, and passports have letters).
 */
export const BDME_COLUMNS: XlsxColumn[] = [
  { header: 'Tipo de identificación', key: 'idType', width: 22 },
  { header: 'Número de identificación', key: 'idNumber', width: 18 },
  { header: 'DV', key: 'checkDigit', width: 5 },
  { header: 'Nombre o razón social', key: 'name', width: 36 },
  { header: 'Número de la obligación', key: 'obligation', width: 22 },
  { header: 'Valor de la obligación', key: 'amount', width: 18, numFmt: EXCEL_PESOS },
  { header: 'Fecha de la obligación', key: 'obligationDate', width: 14, numFmt: EXCEL_DATE },
  { header: 'Fecha de reporte', key: 'reportedOn', width: 14, numFmt: EXCEL_DATE },
  { header: 'Motivo del reporte', key: 'reason', width: 36 },
  { header: 'Estado al corte', key: 'state', width: 12 },
  { header: 'Fecha de retiro', key: 'withdrawnOn', width: 14, numFmt: EXCEL_DATE },
  { header: 'Motivo del retiro', key: 'withdrawalReason', width: 36 },
]

/** One line of the filing. */
export const bdmeRow = (e: BdmeEntry, state: BdmeLineState) => ({
  idType: ID_TYPES.find((t) => t.value === e.idType)?.label ?? e.idType,
  idNumber: e.idNumber,
  checkDigit: e.checkDigit === null || e.checkDigit === undefined || e.checkDigit === '' ? null : Number(e.checkDigit),
  name: e.name,
  obligation: e.obligation,
  amount: e.amount,
  obligationDate: excelLegalDate(e.obligationDate),
  reportedOn: excelLegalDate(e.reportedOn),
  reason: e.reason,
  state,
  withdrawnOn: state === 'RETIRADO' ? excelLegalDate(e.withdrawnOn) : null,
  withdrawalReason: state === 'RETIRADO' ? (e.withdrawalReason ?? '') : '',
})
