import { describe, expect, it } from 'vitest'

import { detectFileContent } from '@/documents/detectFileContent'
import { assertAttachmentAllowed } from '@/rules/attachments'
import { sniffMarkup } from '@/rules/markup'
import { asyncViolationOf } from './helpers/violationOf'

const utf8 = (text: string) => Buffer.from(text, 'utf8')
const BOM = Buffer.from([0xef, 0xbb, 0xbf])

const check = async (filename: string, bytes: Uint8Array) =>
  assertAttachmentAllowed({ filename, sizeBytes: bytes.length, content: await detectFileContent(bytes) })

const refusalOf = (filename: string, bytes: Uint8Array) => asyncViolationOf(() => check(filename, bytes))

describe('sniffMarkup (R-REQ-04)', () => {
  it.each([
    ['<?xml version="1.0"?><a/>', 'XML'],
    ['<?XML version="1.0"?>', 'XML'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'SVG'],
    ['<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">', 'SVG'],
    ['<!doctype html><p>hola', 'HTML'],
    ['<HTML><body>x</body></HTML>', 'HTML'],
    ['<script>alert(document.cookie)</script>', 'HTML'],
    ['<!-- comentario --><div>x</div>', 'HTML'],
    ['<a href="javascript:alert(1)">x</a>', 'HTML'],
    ['<rss version="2.0"></rss>', 'HTML'],
    ['\uFEFF  \r\n\t<html>', 'HTML'],
  ])('R-REQ-04 %j at the start is %s', (text, markup) => {
    expect(sniffMarkup(text)).toBe(markup)
  })

  it.each([
    ['póliza;valor\nPOL-1;<script>alert(1)</script>\n', 'HTML'],
    ['nota\n'.repeat(200) + '<svg onload="alert(1)">', 'SVG'],
    ['encabezado\n<?xml version="1.0"?>\n', 'XML'],
    ['a;b\n1;<iframe src="https://x">\n', 'HTML'],
  ])('R-REQ-04 active markup within the first kilobytes is found: %j', (text, markup) => {
    expect(sniffMarkup(text)).toBe(markup)
  })

  it.each([
    'póliza;valor;ciudad\nPOL-1;1428000;Bogotá\n',
    'valor < 100 y valor > 50\n',
    '1<2;3>2\n',
    'correo: <gerente@demo.co>\n',
    '<<< separador >>>\n',
    '',
  ])('R-REQ-04 plain text stays text: %j', (text) => {
    expect(sniffMarkup(text)).toBeNull()
  })

  it('R-REQ-04 looks only at the first 8 KB', () => {
    expect(sniffMarkup('a'.repeat(9 * 1024) + '<script>')).toBeNull()
  })
})

describe('attachments whose content is markup (R-REQ-04, finding 7)', () => {
  it('R-REQ-04 a .txt whose content is XML is refused, saying why', async () => {
    const error = await refusalOf('notas.txt', utf8('<?xml version="1.0"?><pago valor="1"/>'))
    expect(error.ruleId).toBe('R-REQ-04')
    expect(error.message).toBe(
      'El archivo notas.txt contiene marcado XML; un archivo de texto debe ser texto plano, sin XML, HTML ni SVG.',
    )
  })

  it('R-REQ-04 a .csv that is HTML (after a BOM and blank lines) is refused', async () => {
    const error = await refusalOf('pagos.csv', Buffer.concat([BOM, utf8('\n\n  <HTML><body>x</body></HTML>')]))
    expect(error.message).toBe(
      'El archivo pagos.csv contiene marcado HTML; un archivo CSV debe ser texto plano, sin XML, HTML ni SVG.',
    )
  })

  it('R-REQ-04 a Windows-1252 .csv with a script in a cell is refused', async () => {
    const error = await refusalOf('pagos.csv', Buffer.from('ciudad;valor\r\nBogotá;<script>x</script>\r\n', 'latin1'))
    expect(error.message).toContain('contiene marcado HTML')
  })

  it('R-REQ-04 an SVG renamed .png is refused because its content is not a PNG', async () => {
    const error = await refusalOf('foto.png', utf8('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))
    expect(error.message).toBe('El contenido de foto.png no corresponde a un archivo PNG: su contenido es marcado SVG.')
  })

  it('R-REQ-04 a plain CSV, with "<" and ">" in its values, is still accepted as text/csv', async () => {
    expect(await check('pagos.csv', utf8('valor;condición\n100;<200\n300;>250\n'))).toEqual({ ext: 'csv', mimeType: 'text/csv' })
  })
})
