import { describe, expect, it } from 'vitest'

import { downloadHeaders } from '@/documents/downloadHeaders'
import { storedFilename } from '@/documents/storedFilename'
import { assertUploadedAsFile } from '@/rules/attachments'
import { RuleViolation } from '@/rules/ruleViolation'

describe('assertUploadedAsFile (R-REQ-04: no uploads by URL)', () => {
  it('R-REQ-04 a document without an attached file is refused, saying to attach it', () => {
    expect(() => assertUploadedAsFile({ hasFile: false })).toThrow(
      new RuleViolation('R-REQ-04', 'Adjunte el archivo del documento; no se cargan documentos desde una dirección (URL).'),
    )
    expect(() => assertUploadedAsFile({ hasFile: true })).not.toThrow()
  })
})

describe('storedFilename (R-REQ-04: a file never overwrites another)', () => {
  it.each([
    ['soporte.pdf', 'soporte-0a1b2c3d.pdf'],
    ['Consignación Bancaria (1).PNG', 'Consignacion-Bancaria-1-0a1b2c3d.png'],
    ['C:\\docs\\pagos.csv', 'pagos-0a1b2c3d.csv'],
    ['../../etc/passwd.txt', 'passwd-0a1b2c3d.txt'],
    ['ñ.txt', 'n-0a1b2c3d.txt'],
    ['¿?.txt', 'documento-0a1b2c3d.txt'],
    ['sin-extension', 'sin-extension-0a1b2c3d'],
  ])('R-REQ-04 %j is stored as %j', (uploaded, stored) => {
    expect(storedFilename(uploaded, '0a1b2c3d')).toBe(stored)
  })

  it('R-REQ-04 the same uploaded name with two tokens gives two names', () => {
    expect(storedFilename('a.pdf', '00000001')).not.toBe(storedFilename('a.pdf', '00000002'))
  })

  it('R-REQ-04 keeps a long name short', () => {
    expect(storedFilename(`${'x'.repeat(300)}.pdf`, 't').length).toBeLessThanOrEqual(80 + '-t.pdf'.length)
  })
})

describe('downloadHeaders (R-REQ-04)', () => {
  it.each([
    ['application/pdf', 'inline'],
    ['image/png', 'inline'],
    ['image/jpeg', 'inline'],
    ['text/plain', 'attachment'],
    ['text/csv', 'attachment'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'attachment'],
    ['application/msword', 'attachment'],
    ['image/svg+xml', 'attachment'],
    ['application/xml', 'attachment'],
  ])('R-REQ-04 %s is served %s, with that type and nosniff', (mimeType, disposition) => {
    const headers = downloadHeaders({ mimeType, filename: 'a-1.bin', size: 12 })
    expect(headers).toEqual({
      'Content-Type': mimeType,
      'Content-Length': '12',
      'Content-Disposition': `${disposition}; filename="a-1.bin"; filename*=UTF-8''a-1.bin`,
      'X-Content-Type-Options': 'nosniff',
    })
  })

  it('R-REQ-04 a name with accents or quotes cannot break the header', () => {
    const headers = downloadHeaders({ mimeType: 'text/plain', filename: 'Bogotá "x".txt', size: 1 })
    expect(headers['Content-Disposition']).toBe(
      `attachment; filename="Bogota _x_.txt"; filename*=UTF-8''Bogot%C3%A1%20%22x%22.txt`,
    )
  })
})
