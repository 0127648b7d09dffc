import ExcelJS from 'exceljs'
import { once } from 'events'
import { PassThrough, Readable } from 'stream'

export type XlsxColumn = { header: string; key: string; width?: number; numFmt?: string }

/** A small sheet written whole after the streamed one (e.g. a policy's certificates). */
export type XlsxSheet = { sheetName: string; columns: XlsxColumn[]; rows: Record<string, unknown>[]; footer?: Record<string, unknown>[] }

const addSheet = (workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: XlsxColumn[]) => {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 18, style: c.numFmt ? { numFmt: c.numFmt } : {} }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).commit()
  return sheet
}

const addFooter = (sheet: ExcelJS.Worksheet, rows: Record<string, unknown>[]) => {
  for (const row of rows) {
    const added = sheet.addRow(row)
    added.font = { bold: true }
    added.commit()
  }
}

/**
 * Streams one worksheet: rows are written and committed as `produce` yields them, so memory stays
 * flat however many rows there are. The caller fetches its first batch before calling, so that a bad
 * filter is still a 400 and not a broken download.
 */
export const streamXlsx = (input: {
  filename: string
  sheetName: string
  columns: XlsxColumn[]
  rows: AsyncIterable<Record<string, unknown>[]>
  /** Rows written after the data (totals, "figures as of"). */
  footer?: () => Record<string, unknown>[]
  /** Further sheets, after the streamed one. */
  extraSheets?: XlsxSheet[]
}): Response => {
  const pass = new PassThrough()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pass, useStyles: true, useSharedStrings: false })
  const sheet = addSheet(workbook, input.sheetName, input.columns)

  void (async () => {
    try {
      for await (const batch of input.rows) {
        for (const row of batch) sheet.addRow(row).commit()
        // Backpressure: wait for the client to take what is buffered before reading the next batch.
        if (pass.writableNeedDrain) await once(pass, 'drain')
      }
      addFooter(sheet, input.footer?.() ?? [])
      sheet.commit()
      for (const extra of input.extraSheets ?? []) {
        const more = addSheet(workbook, extra.sheetName, extra.columns)
        for (const row of extra.rows) more.addRow(row).commit()
        addFooter(more, extra.footer ?? [])
        more.commit()
      }
      await workbook.commit()
    } catch (error) {
      pass.destroy(error as Error)
    }
  })()

  return new Response(Readable.toWeb(pass) as ReadableStream, {
    status: 200,
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${input.filename}"`,
      'Cache-Control': 'no-store',
    },
  })
}
