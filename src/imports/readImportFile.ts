import ExcelJS from 'exceljs'

import { dayMonthYearOf } from '@/rules/dates/dayMonthYear'
import { RuleViolation } from '@/rules/ruleViolation'

/** A file's header and its non-empty rows, each cell as trimmed text (null when empty), with its line (header = 1). */
export type ImportFileRows = { header: string[]; rows: { line: number; cells: (string | null)[] }[] }

const cellText = (value: string) => {
  const text = value.trim()
  return text === '' ? null : text
}

/**
 * CSV as the core system exports it (RFC 4180: quotes "…" with "" inside and line breaks inside
 * quotes; `;` or `,` as Excel saves it in Colombia, read from the header), parsed in one pass.
 */
export const parseCsv = (text: string): ImportFileRows => {
  const body = text.replace(/^\uFEFF/, '')
  const firstLine = body.slice(0, body.search(/\r?\n|$/))
  const delimiter = firstLine.includes(';') ? ';' : ','
  const records: { line: number; cells: string[] }[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        cell += ch
      }
    } else if (ch === '"') quoted = true
    else if (ch === delimiter) {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++
      cells.push(cell)
      records.push({ line: recordLine, cells })
      cells = []
      cell = ''
      line++
      recordLine = line
    } else cell += ch
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell)
    records.push({ line: recordLine, cells })
  }
  const [head, ...rest] = records
  return {
    header: (head?.cells ?? []).map((h) => h.trim().toUpperCase()),
    rows: rest.map((r) => ({ line: r.line, cells: r.cells.map(cellText) })).filter((r) => r.cells.some((c) => c !== null)),
  }
}

/** An Excel cell as the core's CSV would write it: dates dd/MM/yyyy (exceljs reads the day as UTC), formulas by their result. */
const excelText = (cell: ExcelJS.Cell): string | null => {
  const value = cell.value
  if (value === null || value === undefined) return null
  if (value instanceof Date) return dayMonthYearOf(value.toISOString().slice(0, 10))
  if (typeof value === 'object' && 'result' in value) return value.result === undefined || value.result === null ? null : cellText(String(value.result))
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return cellText(String(value))
  return cellText(cell.text)
}

export const parseXlsx = async (bytes: Buffer): Promise<ImportFileRows> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return { header: [], rows: [] }
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? '').trim().toUpperCase())
  const rows: ImportFileRows['rows'] = []
  sheet.eachRow((row, line) => {
    if (line === 1) return
    const cells = header.map((_, i) => excelText(row.getCell(i + 1)))
    if (cells.some((c) => c !== null)) rows.push({ line, cells })
  })
  return { header, rows }
}

/** The rows of a core-system file, CSV or Excel (.xlsx), by its name. */
export const readImportFile = async (bytes: Buffer, filename: string): Promise<ImportFileRows> => {
  const name = filename.toLowerCase()
  if (name.endsWith('.xlsx')) return parseXlsx(bytes)
  if (name.endsWith('.csv') || name.endsWith('.txt')) return parseCsv(bytes.toString('utf8'))
  throw new RuleViolation('CARGA-01', 'El archivo de cartera debe ser CSV (.csv) o Excel (.xlsx).')
}
