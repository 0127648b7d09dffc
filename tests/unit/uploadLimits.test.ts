import { describe, expect, it, vi } from 'vitest'

import { withUploadLimit } from '@/http/withUploadLimit'
import { MAX_ATTACHMENT_BYTES } from '@/rules/attachments'
import { MAX_IMPORT_BYTES, assertImportFileSize, isBodyOverLimit, uploadLimitFor } from '@/rules/uploadLimits'

const MB = 1024 * 1024

describe('upload limits by path (R-REQ-04, CARGA-01)', () => {
  it('R-REQ-04 every upload path but the portfolio loads is an attachment, 10 MB', () => {
    for (const path of ['/api/documents', '/api/documents/5', '/api/portfolio-importsx', '/api/users']) {
      expect(uploadLimitFor(path)).toMatchObject({ ruleId: 'R-REQ-04', bytes: MAX_ATTACHMENT_BYTES })
    }
  })

  it('CARGA-01 portfolio loads take a core-system export of a million policies (200 MB)', () => {
    expect(uploadLimitFor('/api/portfolio-imports')).toMatchObject({ ruleId: 'CARGA-01', bytes: 200 * MB })
    expect(uploadLimitFor('/api/portfolio-imports/12')).toMatchObject({ ruleId: 'CARGA-01' })
  })

  it('R-REQ-04 a body is over its limit only beyond the form fields\' allowance', () => {
    const attachment = uploadLimitFor('/api/documents')
    expect(isBodyOverLimit(10 * MB + 100 * 1024, attachment)).toBe(false)
    expect(isBodyOverLimit(11 * MB, attachment)).toBe(true)
    expect(isBodyOverLimit(13 * MB, uploadLimitFor('/api/portfolio-imports'))).toBe(false)
  })

  it('CARGA-01 a file over 200 MB given to the Local API is refused with its size', () => {
    expect(() => assertImportFileSize('polizas.csv', MAX_IMPORT_BYTES)).not.toThrow()
    expect(() => assertImportFileSize('polizas.csv', MAX_IMPORT_BYTES + 1)).toThrow(/CARGA-01|supera el tamaño máximo de 200 MB/)
  })
})

describe('withUploadLimit (the API route wrapper)', () => {
  const request = (path: string, length: number, type = 'multipart/form-data; boundary=x') =>
    new Request(`http://localhost${path}`, { method: 'POST', headers: { 'content-type': type, 'content-length': String(length) }, body: 'x' })

  it('R-REQ-04 / CARGA-01 answers 413 with the rule before the handler reads the body', async () => {
    const handler = vi.fn(async () => new Response('leído'))
    const wrapped = withUploadLimit(handler)
    const attachment = await wrapped(request('/api/documents', 12 * MB))
    expect(attachment.status).toBe(413)
    expect((await attachment.json()).errors[0]).toMatchObject({ message: 'R-REQ-04: El archivo supera el tamaño máximo de 10 MB.', data: { rule: 'R-REQ-04' } })
    const load = await wrapped(request('/api/portfolio-imports', 201 * MB))
    expect(load.status).toBe(413)
    expect((await load.json()).errors[0].message).toBe('CARGA-01: El archivo de cartera supera el tamaño máximo de 200 MB.')
    expect(handler).not.toHaveBeenCalled()
  })

  it('passes a portfolio file of 13 MB, small attachments and non-multipart bodies through to the handler', async () => {
    const handler = vi.fn(async () => new Response('leído'))
    const wrapped = withUploadLimit(handler)
    for (const r of [request('/api/portfolio-imports', 13 * MB), request('/api/documents', 2 * MB), request('/api/documents', 50 * MB, 'application/json')]) {
      expect(await (await wrapped(r)).text()).toBe('leído')
    }
    expect(handler).toHaveBeenCalledTimes(3)
  })
})
