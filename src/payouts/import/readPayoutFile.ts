import ExcelJS from 'exceljs'

import type { RawImportRow } from '@/rules/payouts/importRows'
import { toDisplayDate } from '@/rules/payouts/period'
import { RuleViolation } from '@/rules/ruleViolation'

/** At most this many rows in one file: a larger export is loaded in parts. */
export const MAX_IMPORT_ROWS = 20_000

/** Splits one CSV line (quotes "…" with "" inside, `;` or `,` as the treasury's Excel saves it). */
const splitCsvLine = (line: string, delimiter: string): string[] => {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"'
      i++
    } else if (ch === '"') quoted = !quoted
    else if (ch === delimiter && !quoted) {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  return cells.map((c) => c.trim())
}

const toRows = (header: string[], lines: { line: number; values: unknown[] }[]): RawImportRow[] =>
  lines.map(({ line, values }) => ({ line, cells: Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])) }))

const readCsv = (text: string): RawImportRow[] => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const delimiter = (lines[0] ?? '').includes(';') ? ';' : ','
  const header = splitCsvLine(lines[0] ?? '', delimiter)
  const body = lines.slice(1).map((l, i) => ({ line: i + 2, text: l })).filter((l) => l.text.trim() !== '')
  return toRows(header, body.map((l) => ({ line: l.line, values: splitCsvLine(l.text, delimiter) })))
}

/**
 * A cell as the row parser wants it, JSON-safe (the rows travel as the job's input): numbers and
 * text as such, a date as dd/MM/yyyy (exceljs reads the day as UTC fields), a formula by its result.
 */
const cellValue = (cell: ExcelJS.Cell): unknown => {
  const value = cell.value
  if (value instanceof Date) return toDisplayDate(value.toISOString())
  if (value === null || typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && 'result' in value) return value.result
  return cell.text
}

const readXlsx = async (bytes: Buffer): Promise<RawImportRow[]> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? '').trim())
  const lines: { line: number; values: unknown[] }[] = []
  sheet.eachRow((row, line) => {
    if (line === 1) return
    const values = header.map((_, i) => cellValue(row.getCell(i + 1)))
    if (values.some((v) => v !== null && v !== '')) lines.push({ line, values })
  })
  return toRows(header, lines)
}

/** R-PAY-02: the rows of a treasury file, Excel (.xlsx) or CSV, with their line numbers. */
export const readPayoutFile = async (bytes: Buffer, filename: string): Promise<RawImportRow[]> => {
  const name = filename.toLowerCase()
  const rows = name.endsWith('.xlsx') ? await readXlsx(bytes) : name.endsWith('.csv') ? readCsv(bytes.toString('utf8')) : null
  if (!rows) throw new RuleViolation('R-PAY-02', 'El archivo de comprobantes debe ser Excel (.xlsx) o CSV (.csv).')
  if (rows.length === 0) throw new RuleViolation('R-PAY-02', 'El archivo no trae filas de comprobantes bajo el encabezado.')
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new RuleViolation('R-PAY-02', `El archivo trae ${rows.length} filas; cargue como máximo ${MAX_IMPORT_ROWS} por archivo.`)
  }
  return rows
}
