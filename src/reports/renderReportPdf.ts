import type { ActBlock, Letterhead } from '@/acts/actDocument'
import { renderActPdf } from '@/acts/pdf/renderActPdf'
import { printed, type ReportContent } from '@/rules/reports/reportContent'

export type ReportHeader = { reference: string; placeAndDate: string; signerName: string; signerRole: string; letterhead: Letterhead }

/** The report as a PDF, laid out with the acts' renderer (letterhead, tables that break across pages, page numbers). */
export const renderReportPdf = (content: ReportContent, header: ReportHeader): Promise<Buffer> => {
  const blocks: ActBlock[] = [
    { kind: 'heading', text: 'RESUMEN' },
    {
      kind: 'table',
      columns: [{ header: 'Indicador', width: 0.65 }, { header: 'Valor', width: 0.35, align: 'right' }],
      rows: content.summary.map((s) => [s.label, printed(s.value, s.money)]),
    },
  ]
  for (const table of content.tables) {
    blocks.push({ kind: 'heading', text: table.title.toUpperCase() })
    if (table.rows.length === 0) {
      blocks.push({ kind: 'paragraph', text: 'Sin registros en el periodo.' })
      continue
    }
    blocks.push({
      kind: 'table',
      columns: table.columns.map((c) => ({ header: c.header, width: c.width, align: c.money || c.number ? 'right' : 'left' })),
      rows: table.rows.map((row) => row.map((cell, i) => printed(cell, table.columns[i]?.money))),
    })
  }
  if (content.notes !== undefined) blocks.push({ kind: 'heading', text: 'DIFICULTADES PRESENTADAS' }, { kind: 'paragraph', text: content.notes })
  return renderActPdf(header.letterhead, {
    title: content.title,
    reference: header.reference,
    placeAndDate: header.placeAndDate,
    blocks,
    signature: { signerName: header.signerName, signerRole: header.signerRole, signedOn: null, closing: 'Atentamente,' },
  })
}
