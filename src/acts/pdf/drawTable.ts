import type { TableColumn } from '@/acts/actDocument'

type Doc = PDFKit.PDFDocument

const PAD = 4
const SIZE = 8.5

const rowHeight = (doc: Doc, cells: string[], widths: number[], font: string) => {
  doc.font(font).fontSize(SIZE)
  return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * PAD }))) + 2 * PAD
}

const drawRow = (doc: Doc, cells: string[], columns: TableColumn[], widths: number[], font: string, fill?: string) => {
  const left = doc.page.margins.left
  const height = rowHeight(doc, cells, widths, font)
  const top = doc.y
  const total = widths.reduce((a, b) => a + b, 0)
  if (fill) doc.rect(left, top, total, height).fillColor(fill).fill().fillColor('black')
  let x = left
  doc.font(font).fontSize(SIZE)
  cells.forEach((cell, i) => {
    doc.text(cell, x + PAD, top + PAD, { width: widths[i]! - 2 * PAD, align: columns[i]!.align ?? 'left' })
    x += widths[i]!
  })
  doc.rect(left, top, total, height).lineWidth(0.5).strokeColor('#888888').stroke()
  doc.y = top + height
}

/**
 * A bordered table: header row shaded, a row never split, the header repeated on a new page,
 * and an optional bold total row. Column widths are fractions of `width`.
 */
export const drawTable = (doc: Doc, input: { columns: TableColumn[]; rows: string[][]; total?: string[]; width: number }) => {
  const widths = input.columns.map((c) => c.width * input.width)
  const headers = input.columns.map((c) => c.header)
  const bottom = () => doc.page.height - doc.page.margins.bottom
  const header = () => drawRow(doc, headers, input.columns, widths, 'Helvetica-Bold', '#e6ecf3')
  if (doc.y + rowHeight(doc, headers, widths, 'Helvetica-Bold') * 2 > bottom()) doc.addPage()
  header()
  const body = input.total ? [...input.rows, input.total] : input.rows
  body.forEach((cells, index) => {
    const isTotal = input.total !== undefined && index === body.length - 1
    const font = isTotal ? 'Helvetica-Bold' : 'Helvetica'
    if (doc.y + rowHeight(doc, cells, widths, font) > bottom()) {
      doc.addPage()
      header()
    }
    drawRow(doc, cells, input.columns, widths, font, isTotal ? '#f3f3f3' : undefined)
  })
  doc.x = doc.page.margins.left
}
