import ExcelJS from 'exceljs'
import { once } from 'events'
import { PassThrough, Readable } from 'stream'

export type XlsxColumn = { header: string; key: string; width?: number; numFmt?: string }

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
}): Response => {
  const pass = new PassThrough()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pass, useStyles: true, useSharedStrings: false })
  const sheet = workbook.addWorksheet(input.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = input.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 18, style: c.numFmt ? { numFmt: c.numFmt } : {} }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).commit()

  void (async () => {
    try {
      for await (const batch of input.rows) {
        for (const row of batch) sheet.addRow(row).commit()
        // Backpressure: wait for the client to take what is buffered before reading the next batch.
        if (pass.writableNeedDrain) await once(pass, 'drain')
      }
      for (const row of input.footer?.() ?? []) {
        const added = sheet.addRow(row)
        added.font = { bold: true }
        added.commit()
      }
      sheet.commit()
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
