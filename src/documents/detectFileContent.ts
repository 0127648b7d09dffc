import { fileTypeFromBuffer } from 'file-type'
import type { DetectedContent } from '@/rules/attachments'
import { MARKUP_SNIFF_CHARS, sniffMarkup } from '@/rules/markup'

// Bytes Windows-1252 leaves undefined; their presence means the buffer is not Latin-1 text.
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

function isUtf8(buffer: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer)
    return true
  } catch {
    return false
  }
}

/** Excel exports CSV in Windows-1252, so "Bogotá" arrives with 0xE1, which is not valid UTF-8. */
function isPrintableWindows1252(buffer: Uint8Array): boolean {
  for (const byte of buffer) {
    const isLineControl = byte === 0x09 || byte === 0x0a || byte === 0x0d
    if ((byte < 0x20 && !isLineControl) || byte === 0x7f || UNDEFINED_IN_WINDOWS_1252.has(byte)) return false
  }
  return true
}

function looksLikeText(buffer: Uint8Array): boolean {
  return !buffer.includes(0) && (isUtf8(buffer) || isPrintableWindows1252(buffer))
}

/** What a file really contains, judged from its bytes rather than its name. */
export async function detectFileContent(buffer: Uint8Array): Promise<DetectedContent> {
  if (buffer.length === 0) return { kind: 'unknown' }
  const detected = await fileTypeFromBuffer(buffer)
  const text = looksLikeText(buffer)
  // file-type trusts two printable bytes for some formats ("BM" is a bitmap, "MZ" an .exe), so a CSV
  // starting "BMW;…" would read as an image. Bytes that are all text are text — except a PDF, which
  // can legitimately be pure ASCII.
  if (detected && (!text || detected.ext === 'pdf')) {
    return { kind: 'binary', ext: detected.ext, mime: detected.mime }
  }
  if (!text) return { kind: 'unknown' }
  // The file's head only: a multi-byte UTF-8 character cut at the end decodes as U+FFFD, harmless here.
  const head = buffer.subarray(0, MARKUP_SNIFF_CHARS * 4)
  const markup = sniffMarkup(new TextDecoder(isUtf8(buffer) ? 'utf-8' : 'windows-1252').decode(head))
  return markup ? { kind: 'markup', markup } : { kind: 'text' }
}
