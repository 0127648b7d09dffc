import PDFDocument from 'pdfkit'

import type { ActBlock, ActDocument, Letterhead, TableColumn } from '@/acts/actDocument'
import { drawSignature, SIGNATURE_BLOCK_HEIGHT } from './drawSignature'
import { drawTable } from './drawTable'

type Doc = PDFKit.PDFDocument

export const PAGE = { size: 'A4' as const, margins: { top: 110, bottom: 70, left: 70, right: 70 } }
const FONT = 'Helvetica'
const BOLD = 'Helvetica-Bold'
const GREY = '#555555'

/** The branch's letterhead at the top of every page, and a rule under it. */
const drawLetterhead = (doc: Doc, letterhead: Letterhead) => {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  doc.font(BOLD).fontSize(12).fillColor('black').text(letterhead.insurerName.toUpperCase(), left, 40, { width, align: 'center', lineBreak: false })
  doc.font(FONT).fontSize(8.5).fillColor(GREY)
  doc.text(`NIT ${letterhead.insurerNit} · Sucursal ${letterhead.branchName}`, left, 56, { width, align: 'center', lineBreak: false })
  const contact = [letterhead.branchAddress, letterhead.branchCity, letterhead.branchPhone && `Tel. ${letterhead.branchPhone}`, letterhead.branchEmail]
    .filter(Boolean)
    .join(' · ')
  doc.text(contact, left, 67, { width, align: 'center', lineBreak: false })
  doc.moveTo(left, 84).lineTo(left + width, 84).lineWidth(0.8).strokeColor('#1f3a5f').stroke()
  doc.fillColor('black')
}

/**
 * The letterhead, "Página n de N" and the draft mark on every page, written once every page
 * exists (so a page break in the middle of a paragraph never changes the paragraph's font).
 */
const drawPageFrames = (doc: Doc, letterhead: Letterhead, draft: boolean) => {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    drawLetterhead(doc, letterhead)
    const left = doc.page.margins.left
    const width = doc.page.width - left - doc.page.margins.right
    const bottom = doc.page.height - 45
    // Writing inside the bottom margin would open a new page: lift the margin while we write.
    const margin = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.font(FONT).fontSize(8).fillColor(GREY)
    doc.text(`Página ${i - range.start + 1} de ${range.count}`, left, bottom, { width, align: 'right', lineBreak: false })
    if (draft) doc.text('BORRADOR — SIN FIRMA, SIN VALOR LEGAL', left, bottom, { width, align: 'left', lineBreak: false })
    doc.page.margins.bottom = margin
    doc.fillColor('black')
  }
}

const drawBlock = (doc: Doc, block: ActBlock, width: number) => {
  const left = doc.page.margins.left
  switch (block.kind) {
    case 'heading':
      // Keep a heading with what follows it: never the last line of a page.
      if (doc.y + 80 > doc.page.height - doc.page.margins.bottom) doc.addPage()
      doc.moveDown(0.6).font(BOLD).fontSize(10.5).text(block.text, left, doc.y, { width, align: 'center' }).moveDown(0.4)
      return
    case 'paragraph': {
      doc.font(block.bold ? BOLD : FONT).fontSize(10)
      if (block.number === undefined) {
        doc.text(block.text, left, doc.y, { width, align: 'justify' }).moveDown(0.5)
        return
      }
      const indent = 22
      const label = `${block.number}.`
      if (doc.y + doc.heightOfString(block.text, { width: width - indent }) > doc.page.height - doc.page.margins.bottom) doc.addPage()
      const top = doc.y
      doc.font(BOLD).text(label, left, top, { width: indent, lineBreak: false })
      doc.font(block.bold ? BOLD : FONT).text(block.text, left + indent, top, { width: width - indent, align: 'justify' }).moveDown(0.5)
      return
    }
    case 'table':
      drawTable(doc, { columns: block.columns as TableColumn[], rows: block.rows, total: block.total, width })
      doc.moveDown(0.6)
  }
}

/**
 * The signature never stands alone on a page: when the act's last paragraph and the signature block
 * do not fit together in what is left of the page, the paragraph starts the next page with it.
 */
const keepWithSignature = (doc: Doc, block: ActBlock, width: number) => {
  if (block.kind !== 'paragraph') return
  doc.font(block.bold ? BOLD : FONT).fontSize(10)
  const height = doc.heightOfString(block.text, { width: block.number === undefined ? width : width - 22 }) + doc.currentLineHeight() * 0.5
  if (doc.y + height + SIGNATURE_BLOCK_HEIGHT > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

/**
 * Lays out an act on A4 with pdfkit: the branch's letterhead on every page, title and reference,
 * place and date, the blocks (headings, numbered paragraphs, tables that break across pages with
 * their header repeated), the signature block and "Página n de N". Helvetica is one of the PDF
 * standard fonts (WinAnsi encoding: Spanish accents and ñ render).
 */
export const renderActPdf = (letterhead: Letterhead, act: ActDocument): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: PAGE.size,
      margins: PAGE.margins,
      bufferPages: true,
      info: { Title: act.title, Author: letterhead.insurerName, Subject: act.reference, Creator: 'Cartera y cobro' },
    })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)

    const left = doc.page.margins.left
    const width = doc.page.width - left - doc.page.margins.right
    doc.y = doc.page.margins.top
    doc.font(BOLD).fontSize(13).text(act.title.toUpperCase(), left, doc.y, { width, align: 'center' })
    doc.font(FONT).fontSize(9).fillColor(GREY).text(act.reference, { width, align: 'center' }).fillColor('black').moveDown(0.8)
    doc.font(FONT).fontSize(10).text(act.placeAndDate, left, doc.y, { width, align: 'left' }).moveDown(0.8)
    act.blocks.forEach((block, i) => {
      if (i === act.blocks.length - 1) keepWithSignature(doc, block, width)
      drawBlock(doc, block, width)
    })
    drawSignature(doc, act.signature, width)
    drawPageFrames(doc, letterhead, act.signature.signerName === null)
    doc.end()
  })
