import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { detectFileContent } from '@/documents/detectFileContent'
import {
  ALLOWED_EXTENSIONS,
  MAX_ATTACHMENT_BYTES,
  assertAttachmentAllowed,
  type DetectedContent,
} from '@/rules/attachments'
import { RuleViolation } from '@/rules/ruleViolation'
import { asyncViolationOf, violationOf } from './helpers/violationOf'

// A real 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
// SOI + APP0 "JFIF" segment.
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(16)])
// DOS header of a Windows executable ("MZ", then binary fields with NULs).
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), Buffer.alloc(54)])
// Header of an OLE compound file, the container of .xls / .doc / .dot.
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])
const CSV_UTF8 = Buffer.from('ciudad;valor\nBogotá;1.750.905\n', 'utf8')
// What Excel writes on Windows: "á" is the single byte 0xE1, invalid as UTF-8.
const CSV_LATIN1 = Buffer.from('ciudad;valor\r\nBogotá;1.750.905\r\n', 'latin1')

/** A zip archive with one stored entry, which is not an Office document. */
function plainZip(name: string, data: string): Buffer {
  const nameBytes = Buffer.from(name)
  const dataBytes = Buffer.from(data)
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0) // local file header signature "PK\3\4"
  header.writeUInt16LE(20, 4) // version needed
  header.writeUInt32LE(dataBytes.length, 18) // compressed size
  header.writeUInt32LE(dataBytes.length, 22) // uncompressed size
  header.writeUInt16LE(nameBytes.length, 26)
  return Buffer.concat([header, nameBytes, dataBytes])
}

async function realXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Cartera').addRow(['Bogotá', 1750905])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

async function check(filename: string, bytes: Uint8Array) {
  return assertAttachmentAllowed({ filename, sizeBytes: bytes.length, content: await detectFileContent(bytes) })
}

describe('detectFileContent', () => {
  it('recognises binary formats from their bytes', async () => {
    expect(await detectFileContent(PNG)).toEqual({ kind: 'binary', ext: 'png', mime: 'image/png' })
    expect(await detectFileContent(PDF)).toEqual({ kind: 'binary', ext: 'pdf', mime: 'application/pdf' })
    expect(await detectFileContent(JPEG)).toMatchObject({ kind: 'binary', ext: 'jpg' })
    expect(await detectFileContent(EXE)).toMatchObject({ kind: 'binary', ext: 'exe' })
    expect(await detectFileContent(OLE)).toMatchObject({ kind: 'binary', ext: 'cfb' })
    expect(await detectFileContent(plainZip('hola.txt', 'hola'))).toMatchObject({ kind: 'binary', ext: 'zip' })
    expect(await detectFileContent(await realXlsx())).toMatchObject({ kind: 'binary', ext: 'xlsx' })
  })

  it('takes UTF-8 and Windows-1252 CSV for text', async () => {
    expect(CSV_LATIN1.includes(0xe1)).toBe(true)
    expect(await detectFileContent(CSV_UTF8)).toEqual({ kind: 'text' })
    expect(await detectFileContent(CSV_LATIN1)).toEqual({ kind: 'text' })
  })

  it('takes for text a CSV whose first bytes look like a bitmap ("BM") or an executable ("MZ")', async () => {
    expect(await detectFileContent(Buffer.from('BMW;Serie 3;2026\n'))).toEqual({ kind: 'text' })
    expect(await detectFileContent(Buffer.from('MZ Seguros;123\n'))).toEqual({ kind: 'text' })
  })

  it('does not take for text bytes with NULs, control characters or no content', async () => {
    expect(await detectFileContent(Buffer.from('ciudad\0valor\n'))).toEqual({ kind: 'unknown' })
    expect(await detectFileContent(Buffer.from([0x41, 0x01, 0x02, 0xe1, 0x42]))).toEqual({ kind: 'unknown' })
    // 0x81 is undefined in Windows-1252 and invalid as UTF-8 here.
    expect(await detectFileContent(Buffer.from([0x41, 0x81, 0x42]))).toEqual({ kind: 'unknown' })
    expect(await detectFileContent(new Uint8Array(0))).toEqual({ kind: 'unknown' })
  })
})

describe('assertAttachmentAllowed with real files', () => {
  it('R-REQ-04 accepts genuine files and returns their canonical mime type', async () => {
    expect(await check('foto.png', PNG)).toEqual({ ext: 'png', mimeType: 'image/png' })
    expect(await check('Factura.PDF', PDF)).toEqual({ ext: 'pdf', mimeType: 'application/pdf' })
    expect(await check('foto.jpeg', JPEG)).toEqual({ ext: 'jpeg', mimeType: 'image/jpeg' })
    expect(await check('cartera.csv', CSV_UTF8)).toEqual({ ext: 'csv', mimeType: 'text/csv' })
    expect(await check('cartera_excel.csv', CSV_LATIN1)).toEqual({ ext: 'csv', mimeType: 'text/csv' })
    expect(await check('notas.txt', CSV_UTF8)).toEqual({ ext: 'txt', mimeType: 'text/plain' })
    expect(await check('viejo.xls', OLE)).toEqual({ ext: 'xls', mimeType: 'application/vnd.ms-excel' })
    expect(await check('carta.doc', OLE)).toEqual({ ext: 'doc', mimeType: 'application/msword' })
    expect(await check('cartera.xlsx', await realXlsx())).toEqual({
      ext: 'xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    })
  })

  it('R-REQ-04 refuses an executable renamed .pdf', async () => {
    const error = await asyncViolationOf(() => check('factura.pdf', EXE))
    expect(error.ruleId).toBe('R-REQ-04')
    expect(error.status).toBe(400)
    expect(error.message).toBe(
      'El contenido de factura.pdf no corresponde a un archivo PDF: su contenido es de tipo exe.',
    )
  })

  it('R-REQ-04 refuses a plain zip renamed .xlsx', async () => {
    const error = await asyncViolationOf(() => check('cartera.xlsx', plainZip('hola.txt', 'hola')))
    expect(error.message).toBe(
      'El contenido de cartera.xlsx no corresponde a un archivo Excel (.xlsx): su contenido es de tipo zip.',
    )
  })

  it('R-REQ-04 refuses a PNG renamed .jpg and a real xlsx renamed .xls', async () => {
    expect((await asyncViolationOf(() => check('foto.jpg', PNG))).message).toMatch(/no corresponde a un archivo JPEG/)
    expect((await asyncViolationOf(async () => check('cartera.xls', await realXlsx()))).message).toMatch(
      /Excel 97-2003 \(\.xls\): su contenido es de tipo xlsx/,
    )
  })

  it('R-REQ-04 refuses binary data renamed .csv and text renamed .pdf', async () => {
    expect((await asyncViolationOf(() => check('datos.csv', PNG))).message).toBe(
      'El contenido de datos.csv no corresponde a un archivo CSV: su contenido es de tipo png.',
    )
    expect((await asyncViolationOf(() => check('factura.pdf', CSV_UTF8))).message).toBe(
      'El contenido de factura.pdf no corresponde a un archivo PDF: su contenido es texto plano.',
    )
  })

  it('R-REQ-04 refuses an 11 MB file, giving its size', async () => {
    const error = await asyncViolationOf(() => check('escaneo.pdf', Buffer.alloc(11 * 1024 * 1024)))
    expect(error.message).toBe('El archivo escaneo.pdf pesa 11,0 MB y supera el tamaño máximo de 10 MB.')
  })
})

describe('assertAttachmentAllowed', () => {
  const pdf: DetectedContent = { kind: 'binary', ext: 'pdf', mime: 'application/pdf' }

  it('R-REQ-04 allows exactly the eleven agreed extensions', () => {
    expect([...ALLOWED_EXTENSIONS].sort()).toEqual(
      ['csv', 'doc', 'docx', 'dot', 'jpeg', 'jpg', 'pdf', 'png', 'txt', 'xls', 'xlsx'],
    )
  })

  it('R-REQ-04 accepts a file of exactly 10 MB and refuses one byte more, without rounding it down to 10,0', () => {
    expect(assertAttachmentAllowed({ filename: 'a.pdf', sizeBytes: MAX_ATTACHMENT_BYTES, content: pdf }).ext).toBe('pdf')
    const error = violationOf(() =>
      assertAttachmentAllowed({ filename: 'a.pdf', sizeBytes: MAX_ATTACHMENT_BYTES + 1, content: pdf }),
    )
    expect(error.ruleId).toBe('R-REQ-04')
    expect(error.message).toBe('El archivo a.pdf pesa 10,1 MB y supera el tamaño máximo de 10 MB.')
  })

  it('R-REQ-04 refuses an empty file', () => {
    const error = violationOf(() => assertAttachmentAllowed({ filename: 'vacio.txt', sizeBytes: 0, content: { kind: 'text' } }))
    expect(error.message).toBe('El archivo vacio.txt está vacío.')
  })

  it.each([
    ['programa.exe', 'tiene la extensión .exe, que no está permitida'],
    ['foto.gif', 'tiene la extensión .gif, que no está permitida'],
    ['factura', 'no tiene extensión'],
    ['.pdf', 'no tiene extensión'],
    ['factura.', 'no tiene extensión'],
    ['factura.pdf.exe', 'tiene la extensión .exe, que no está permitida'],
  ])('R-REQ-04 refuses %j because it %s, listing the allowed ones', (filename, why) => {
    const error = violationOf(() => assertAttachmentAllowed({ filename, sizeBytes: 10, content: pdf }))
    expect(error.ruleId).toBe('R-REQ-04')
    expect(error.message).toBe(
      `El archivo ${filename} ${why}. Se aceptan: xls, xlsx, pdf, png, jpg, jpeg, doc, dot, docx, txt, csv.`,
    )
  })

  it('R-REQ-04 reads the extension of the last path segment, case-insensitively', () => {
    expect(assertAttachmentAllowed({ filename: 'C:\\docs.v2\\FACTURA.Pdf', sizeBytes: 10, content: pdf }).ext).toBe('pdf')
    expect(() => assertAttachmentAllowed({ filename: 'docs.pdf/factura', sizeBytes: 10, content: pdf })).toThrow(
      /no tiene extensión/,
    )
  })

  it('R-REQ-04 accepts .docx and .dot only with matching content', () => {
    const docx: DetectedContent = { kind: 'binary', ext: 'docx', mime: 'application/x' }
    const cfb: DetectedContent = { kind: 'binary', ext: 'cfb', mime: 'application/x-cfb' }
    expect(assertAttachmentAllowed({ filename: 'c.docx', sizeBytes: 10, content: docx }).mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(assertAttachmentAllowed({ filename: 'p.dot', sizeBytes: 10, content: cfb }).mimeType).toBe('application/msword')
    expect(() => assertAttachmentAllowed({ filename: 'c.docx', sizeBytes: 10, content: cfb })).toThrow(RuleViolation)
    expect(() => assertAttachmentAllowed({ filename: 'p.dot', sizeBytes: 10, content: docx })).toThrow(RuleViolation)
  })

  it('R-REQ-04 refuses content it cannot recognise, even for text extensions', () => {
    const error = violationOf(() =>
      assertAttachmentAllowed({ filename: 'notas.txt', sizeBytes: 10, content: { kind: 'unknown' } }),
    )
    expect(error.message).toBe('El contenido de notas.txt no corresponde a un archivo de texto: no se reconoce su contenido.')
  })

  it.each([-1, 1.5, Number.NaN])('rejects the impossible size %s as a programming error', (sizeBytes) => {
    expect(() => assertAttachmentAllowed({ filename: 'a.pdf', sizeBytes, content: pdf })).toThrow(RangeError)
  })
})
