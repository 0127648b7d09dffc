// Types a browser may show in the page itself; anything else is only ever downloaded.
const SHOWN_INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg'])

/** RFC 6266 filename: an ASCII fallback plus the exact UTF-8 name (RFC 5987). */
const dispositionFilename = (filename: string): string => {
  const ascii = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

/**
 * Headers of a stored upload: the MIME type recorded when it was accepted (never re-guessed from
 * its name or bytes), no sniffing, and "attachment" except for PDFs and PNG/JPEG images.
 */
export const downloadHeaders = (input: { mimeType: string; filename: string; size: number }): Record<string, string> => {
  const disposition = SHOWN_INLINE.has(input.mimeType) ? 'inline' : 'attachment'
  return {
    'Content-Type': input.mimeType,
    'Content-Length': String(input.size),
    'Content-Disposition': `${disposition}; ${dispositionFilename(input.filename)}`,
    'X-Content-Type-Options': 'nosniff',
  }
}
