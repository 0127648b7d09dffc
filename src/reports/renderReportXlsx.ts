import ExcelJS from 'exceljs'

import type { ReportContent } from '@/rules/reports/reportContent'

const PESOS = '"$" #,##0'

/** The report as an Excel workbook: a "Resumen" sheet (indicator, value) and one sheet per table, numbers as numbers. */
export const renderReportXlsx = async (content: ReportContent, reference: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Cartera y cobro'
  const summary = workbook.addWorksheet('Resumen')
  summary.columns = [{ header: 'Indicador', key: 'label', width: 55 }, { header: 'Valor', key: 'value', width: 22 }]
  summary.getRow(1).font = { bold: true }
  for (const s of content.summary) {
    const row = summary.addRow({ label: s.label, value: s.value })
    if (s.money) row.getCell(2).numFmt = PESOS
  }
  summary.addRow({})
  summary.addRow({ label: content.title, value: reference })
  if (content.notes !== undefined) summary.addRow({ label: 'Dificultades presentadas', value: content.notes })
  for (const table of content.tables) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 31))
    sheet.columns = table.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: Math.max(12, Math.round(c.width * 90)), style: c.money ? { numFmt: PESOS } : {} }))
    sheet.getRow(1).font = { bold: true }
    for (const row of table.rows) sheet.addRow(Object.fromEntries(row.map((cell, i) => [`c${i}`, cell])))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
