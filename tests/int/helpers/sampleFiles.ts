import sharp from 'sharp'

/** A small but well-formed one-page PDF (header, objects, cross-reference table, trailer). */
export const samplePdf = (padToBytes = 0): Buffer => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  // Padding goes in a comment before the xref, so an oversized sample is still a PDF.
  if (padToBytes > 0) body += `%${'x'.repeat(Math.max(0, padToBytes - Buffer.byteLength(body) - 200))}\n`
  const xrefAt = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** A real 8×8 PNG. */
export const samplePng = (): Promise<Buffer> =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 90, b: 160 } } }).png().toBuffer()

/** A payment-support CSV as a broker exports it (UTF-8, semicolons, accents). */
export const sampleCsv = (): Buffer => Buffer.from('póliza;valor;ciudad\nPOL-1;1428000;Bogotá\n', 'utf-8')

/** A Windows executable: the "MZ" header, then binary bytes (NULs) as in any PE file. */
export const sampleExe = (): Buffer => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0), Buffer.from('PE\0\0')])
