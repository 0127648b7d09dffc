import type { ActSignature } from '@/acts/actDocument'
import { dateInFigures } from '@/rules/acts/legalWords'

type Doc = PDFKit.PDFDocument

/** Height of the signature block (closing, line, name, office, date), kept whole on one page. */
export const SIGNATURE_BLOCK_HEIGHT = 95

/**
 * The signature block: its closing, the line, the signer's name and office. A draft
 * carries no name, only the office that must sign it (R-ROL-03/05). Never split across pages.
 */
export const drawSignature = (doc: Doc, signature: ActSignature, width: number) => {
  if (doc.y + SIGNATURE_BLOCK_HEIGHT > doc.page.height - doc.page.margins.bottom) doc.addPage()
  const left = doc.page.margins.left
  doc.moveDown(1).font('Helvetica-Bold').fontSize(10).text(signature.closing, left, doc.y, { width, align: 'left' })
  doc.moveDown(2.2)
  const lineY = doc.y
  doc.moveTo(left, lineY).lineTo(left + 220, lineY).lineWidth(0.7).strokeColor('black').stroke()
  doc.y = lineY + 4
  doc.font('Helvetica-Bold').fontSize(10).text(signature.signerName ?? 'BORRADOR — SIN FIRMA', left, doc.y, { width: 300 })
  doc.font('Helvetica').fontSize(9).text(signature.signerRole, left, doc.y, { width: 300 })
  if (signature.signedOn) doc.text(`Firmado el ${dateInFigures(signature.signedOn)}`, left, doc.y, { width: 300 })
}
