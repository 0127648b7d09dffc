import type { Markup } from './markup'
import { RuleViolation } from './ruleViolation'

export const ALLOWED_EXTENSIONS = ['xls', 'xlsx', 'pdf', 'png', 'jpg', 'jpeg', 'doc', 'dot', 'docx', 'txt', 'csv'] as const
export type AllowedExtension = (typeof ALLOWED_EXTENSIONS)[number]

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

export type DetectedContent =
  | { kind: 'binary'; ext: string; mime: string }
  | { kind: 'text' }
  /** Text that a browser would render as a document (XML, HTML, SVG): never accepted. */
  | { kind: 'markup'; markup: Markup }
  | { kind: 'unknown' }

type ExpectedContent = {
  mimeType: string
  /** What the user is told the file should be. */
  label: string
  /** file-type's ext for a genuine file; null means plain text. */
  detectedAs: string | null
}

const EXPECTED: Record<AllowedExtension, ExpectedContent> = {
  pdf: { mimeType: 'application/pdf', label: 'PDF', detectedAs: 'pdf' },
  png: { mimeType: 'image/png', label: 'PNG', detectedAs: 'png' },
  jpg: { mimeType: 'image/jpeg', label: 'JPEG', detectedAs: 'jpg' },
  jpeg: { mimeType: 'image/jpeg', label: 'JPEG', detectedAs: 'jpg' },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel (.xlsx)',
    detectedAs: 'xlsx',
  },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (.docx)',
    detectedAs: 'docx',
  },
  // Office 97-2003 files are OLE compound files; file-type cannot tell a .xls from a .doc inside one.
  xls: { mimeType: 'application/vnd.ms-excel', label: 'Excel 97-2003 (.xls)', detectedAs: 'cfb' },
  doc: { mimeType: 'application/msword', label: 'Word 97-2003 (.doc)', detectedAs: 'cfb' },
  dot: { mimeType: 'application/msword', label: 'plantilla de Word 97-2003 (.dot)', detectedAs: 'cfb' },
  txt: { mimeType: 'text/plain', label: 'de texto', detectedAs: null },
  csv: { mimeType: 'text/csv', label: 'CSV', detectedAs: null },
}

function isAllowedExtension(ext: string): ext is AllowedExtension {
  return (ALLOWED_EXTENSIONS as readonly string[]).includes(ext)
}

function extensionOf(filename: string): string {
  const name = filename.split(/[\\/]/).pop() ?? ''
  const dot = name.lastIndexOf('.')
  // A leading dot names a hidden file, not an extension (".pdf" has none).
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/** Megabytes with one decimal, rounded up so a file just over the limit never reads "10,0 MB". */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1).replace('.', ',')
}

function describe(content: DetectedContent): string {
  if (content.kind === 'binary') return `su contenido es de tipo ${content.ext}`
  if (content.kind === 'text') return 'su contenido es texto plano'
  if (content.kind === 'markup') return `su contenido es marcado ${content.markup}`
  return 'no se reconoce su contenido'
}

function matches(expected: ExpectedContent, content: DetectedContent): boolean {
  if (expected.detectedAs === null) return content.kind === 'text'
  return content.kind === 'binary' && content.ext === expected.detectedAs
}

/** R-REQ-04: extension, size and real content of an attachment. Returns its canonical type. */
export function assertAttachmentAllowed(input: {
  filename: string
  sizeBytes: number
  content: DetectedContent
}): { ext: string; mimeType: string } {
  const { filename, sizeBytes, content } = input
  if (!Number.isSafeInteger(sizeBytes) || sizeBytes < 0) {
    throw new RangeError(`El tamaño de ${filename} no es un número de bytes válido: ${String(sizeBytes)}.`)
  }
  const ext = extensionOf(filename)
  if (!isAllowedExtension(ext)) {
    const why = ext === '' ? 'no tiene extensión' : `tiene la extensión .${ext}, que no está permitida`
    throw new RuleViolation(
      'R-REQ-04',
      `El archivo ${filename} ${why}. Se aceptan: ${ALLOWED_EXTENSIONS.join(', ')}.`,
    )
  }
  if (sizeBytes === 0) {
    throw new RuleViolation('R-REQ-04', `El archivo ${filename} está vacío.`)
  }
  if (sizeBytes > MAX_ATTACHMENT_BYTES) {
    throw new RuleViolation(
      'R-REQ-04',
      `El archivo ${filename} pesa ${megabytes(sizeBytes)} MB y supera el tamaño máximo de 10 MB.`,
    )
  }
  const expected = EXPECTED[ext]
  if (expected.detectedAs === null && content.kind === 'markup') {
    throw new RuleViolation(
      'R-REQ-04',
      `El archivo ${filename} contiene marcado ${content.markup}; un archivo ${expected.label} debe ser texto plano, sin XML, HTML ni SVG.`,
    )
  }
  if (!matches(expected, content)) {
    throw new RuleViolation(
      'R-REQ-04',
      `El contenido de ${filename} no corresponde a un archivo ${expected.label}: ${describe(content)}.`,
    )
  }
  return { ext, mimeType: expected.mimeType }
}

/** R-REQ-04: a document comes from a file attached to the request, never from an address to fetch. */
export function assertUploadedAsFile(input: { hasFile: boolean }): void {
  if (!input.hasFile) {
    throw new RuleViolation(
      'R-REQ-04',
      'Adjunte el archivo del documento; no se cargan documentos desde una dirección (URL).',
    )
  }
}

/** R-REQ-04: a user attaches to a request only documents it can read (a broker, those it uploaded). */
export function assertAttachmentsReadable(input: { added: number; readable: number }): void {
  if (input.readable !== input.added) {
    throw new RuleViolation('R-REQ-04', 'Solo puede adjuntar documentos que usted mismo haya cargado.', 403)
  }
}
