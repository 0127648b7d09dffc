import ExcelJS from 'exceljs'
import { readdir, rm } from 'fs/promises'
import http from 'http'
import type { AddressInfo } from 'net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Document } from '@/payload-types'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { countRows } from './helpers/fixtures'
import { expectLocalRule, expectRestRule } from './helpers/refusals'
import { samplePdf, samplePng } from './helpers/sampleFiles'
import { initTestApp } from './helpers/initTestApp'

// A directory of this file's own, so "no file was written" is checked against a listing nobody else touches.
const uploadsDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('fs')
  const os = await import('os')
  const { join } = await import('path')
  const dir = mkdtempSync(join(os.tmpdir(), 'cobranzas-test-upload-safety-'))
  process.env.UPLOADS_DIR = dir
  return dir
})

type SampleFile = { name: string; bytes: Buffer; type: string }

const { payload, api } = await initTestApp()
let world: AccessWorld
let broker: ApiClient

const upload = (client: ApiClient, file: SampleFile) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify({ category: 'SOPORTE' }))
  return client.rest('POST', '/documents?depth=0', form)
}

const download = async (client: ApiClient, doc: Pick<Document, 'filename'>) => {
  const res = await client.raw('GET', `/documents/file/${encodeURIComponent(doc.filename!)}`)
  return { res, bytes: Buffer.from(await res.arrayBuffer()) }
}

const expectNothingStored = async (attempt: () => Promise<void>) => {
  const rows = await countRows(payload, SLUGS.documents)
  const files = (await readdir(uploadsDir)).sort()
  await attempt()
  expect(await countRows(payload, SLUGS.documents)).toBe(rows)
  expect((await readdir(uploadsDir)).sort()).toEqual(files)
}

const sampleXlsx = async (): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Pagos').addRow(['POL-1', 1428000])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  broker = await api.as(world.users.brokerA)
  expect(payload.collections.documents.config.upload.staticDir).toBe(uploadsDir)
})

afterAll(async () => {
  await rm(uploadsDir, { recursive: true, force: true })
})

describe('uploads whose content is markup are refused (R-REQ-04, finding 7)', () => {
  const refused: (SampleFile & { message: string })[] = [
    {
      name: 'notas.txt',
      bytes: Buffer.from('<?xml version="1.0"?><pago valor="1"/>'),
      type: 'text/plain',
      message: 'El archivo notas.txt contiene marcado XML; un archivo de texto debe ser texto plano, sin XML, HTML ni SVG.',
    },
    {
      name: 'pagos.csv',
      bytes: Buffer.from('\uFEFF\n<html><body><script>alert(1)</script></body></html>'),
      type: 'text/csv',
      message: 'El archivo pagos.csv contiene marcado HTML; un archivo CSV debe ser texto plano, sin XML, HTML ni SVG.',
    },
    {
      name: 'consignacion.png',
      bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
      type: 'image/png',
      message: 'El contenido de consignacion.png no corresponde a un archivo PNG: su contenido es marcado SVG.',
    },
  ]

  it.each(refused)('R-REQ-04 $name is refused over REST and the Local API; nothing is stored', async (file) => {
    await expectNothingStored(async () => {
      expectRestRule(await upload(broker, file), 400, 'R-REQ-04', file.message)
      await expectLocalRule(
        payload.create({
          collection: SLUGS.documents,
          data: { category: 'SOPORTE' },
          file: { data: file.bytes, mimetype: file.type, name: file.name, size: file.bytes.length },
          overrideAccess: false,
          user: world.users.brokerA,
        }),
        400,
        'R-REQ-04',
        file.message,
      )
    })
  })
})

describe('downloads: stored type, nosniff, attachment unless image or PDF (R-REQ-04)', () => {
  it('R-REQ-04 pdf and png are shown inline, txt and xlsx are downloaded; all with their stored type and nosniff', async () => {
    const cases = [
      { file: { name: 'soporte.pdf', bytes: samplePdf(), type: 'application/pdf' }, type: 'application/pdf', disposition: 'inline' },
      { file: { name: 'consignación.png', bytes: await samplePng(), type: 'image/png' }, type: 'image/png', disposition: 'inline' },
      // A text whose bytes a browser could take for something else is still text/plain.
      { file: { name: 'notas.txt', bytes: Buffer.from('valor < 100 y > 50\n'), type: 'application/xml' }, type: 'text/plain', disposition: 'attachment' },
      {
        file: { name: 'pagos.xlsx', bytes: await sampleXlsx(), type: 'application/octet-stream' },
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        disposition: 'attachment',
      },
    ]
    for (const { file, type, disposition } of cases) {
      const created = await upload(broker, file)
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const doc = created.body.doc as Document
      expect(doc.mimeType).toBe(type)
      const { res, bytes } = await download(broker, doc)
      expect(res.status).toBe(200)
      expect(bytes.equals(file.bytes)).toBe(true)
      expect(res.headers.get('content-type')).toBe(type)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^${disposition}; filename="`))
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(doc.filename!)}`)
    }
  })

  it('R-REQ-04 a file is still refused to a user who cannot read its document', async () => {
    const created = await upload(broker, { name: 'privado.pdf', bytes: samplePdf(), type: 'application/pdf' })
    expect(created.status).toBe(201)
    const { res } = await download(await api.as(world.users.brokerB), created.body.doc)
    expect([403, 404]).toContain(res.status)
  })
})

describe('a file never overwrites another (R-REQ-04)', () => {
  it('R-REQ-04 two uploads with the same name, one after the other, keep both contents downloadable', async () => {
    const first = { name: 'mismo-nombre.txt', bytes: Buffer.from('primer archivo\n'), type: 'text/plain' }
    const second = { name: 'mismo-nombre.txt', bytes: Buffer.from('segundo archivo, otro contenido\n'), type: 'text/plain' }
    const a = await upload(broker, first)
    const b = await upload(await api.as(world.users.brokerB), second)
    expect([a.status, b.status]).toEqual([201, 201])
    expect(b.body.doc.filename).not.toBe(a.body.doc.filename)
    expect(a.body.doc.filename).toMatch(/^mismo-nombre-[0-9a-f]{8}\.txt$/)
    expect((await download(broker, a.body.doc)).bytes.equals(first.bytes)).toBe(true)
    expect((await download(await api.as(world.users.brokerB), b.body.doc)).bytes.equals(second.bytes)).toBe(true)
  })

  it('R-REQ-04 five uploads with the same name at the same moment each keep their own content', async () => {
    const files = Array.from({ length: 5 }, (_, i) => ({
      name: 'simultaneo.txt',
      bytes: Buffer.from(`archivo número ${i}\n`),
      type: 'text/plain',
    }))
    // Separate requests, each in its own transaction: none sees the others' rows before choosing a name.
    const results = await Promise.all(files.map((file) => upload(broker, file)))
    expect(results.map((r) => r.status)).toEqual(files.map(() => 201))
    for (const [i, res] of results.entries()) {
      const { bytes } = await download(broker, res.body.doc)
      expect(bytes.toString()).toBe(files[i]!.bytes.toString())
    }
    expect(new Set(results.map((r) => r.body.doc.filename)).size).toBe(files.length)
  })
})

describe('uploads by URL are off (R-REQ-04)', () => {
  let server: http.Server
  let hits = 0
  let baseUrl = ''

  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      hits += 1
      res.writeHead(200, { 'Content-Type': 'text/plain' })
      res.end('<?xml version="1.0"?><x/>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('R-REQ-04 the paste-url endpoint is disabled', async () => {
    const res = await broker.rest('GET', `/documents/paste-url?src=${encodeURIComponent(`${baseUrl}/a.txt`)}`)
    expect(res.status).toBe(400)
    expect(hits).toBe(0)
  })

  it('R-REQ-04 a document created from { filename, url } is refused before anything is fetched', async () => {
    const message = 'Adjunte el archivo del documento; no se cargan documentos desde una dirección (URL).'
    await expectNothingStored(async () => {
      const res = await broker.rest('POST', '/documents?depth=0', { category: 'SOPORTE', filename: 'a.txt', url: `${baseUrl}/a.txt` })
      expectRestRule(res, 400, 'R-REQ-04', message)
      const gql = await broker.graphql(
        `mutation { createDocument(data: { category: SOPORTE, filename: "b.txt", url: "${baseUrl}/b.txt" }) { id } }`,
      )
      expect(gql.body.data?.createDocument ?? null).toBeNull()
    })
    expect(hits).toBe(0)
  })
})
