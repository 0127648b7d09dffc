import { readdir, readFile, rm } from 'fs/promises'
import path from 'path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Case, Document, User } from '@/payload-types'
import { ALLOWED_EXTENSIONS, MAX_ATTACHMENT_BYTES } from '@/rules/attachments'
import { buildAccessWorld, everyUser, type AccessWorld, type WorldRole } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { downloadFile, tokenFor } from './helpers/download'
import { debtLine, setLegalSettings2026 } from './helpers/caseWorld'
import { countRows, storedRow } from './helpers/fixtures'
import { reactivationOf, requestKindIds } from './helpers/requestFixtures'
import { expectGraphQLDenied, expectLocalDenied, expectLocalRule, expectRestDenied, expectRestRule } from './helpers/refusals'
import { sampleCsv, sampleExe, samplePdf, samplePng } from './helpers/sampleFiles'
import { initTestApp } from './helpers/initTestApp'
import { walkCase } from './helpers/walkCase'

// Files of this test go to a directory of their own (the collection reads UPLOADS_DIR when the config loads),
// so "nothing was written" is checked against a listing no other run touches.
const uploadsDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('fs')
  const os = await import('os')
  const { join } = await import('path')
  const dir = mkdtempSync(join(os.tmpdir(), 'cobranzas-test-uploads-'))
  process.env.UPLOADS_DIR = dir
  return dir
})

const { payload, api } = await initTestApp()
let world: AccessWorld

type SampleFile = { name: string; bytes: Buffer; type: string }

const ACCEPTED = `Se aceptan: ${ALLOWED_EXTENSIONS.join(', ')}.`

const filesOnDisk = async () => (await readdir(uploadsDir)).sort()

/** Payload's REST upload: the file in `file`, every other field as JSON in `_payload`. */
const uploadOverRest = (client: ApiClient, file: SampleFile, fields: Record<string, unknown> = {}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify({ category: 'SOPORTE', ...fields }))
  return client.rest('POST', '/documents?depth=0', form)
}

const uploadLocally = (user: User, file: SampleFile, fields: Record<string, unknown> = {}) =>
  payload.create({
    collection: SLUGS.documents,
    data: { category: 'SOPORTE', ...fields } as any,
    file: { data: file.bytes, mimetype: file.type, name: file.name, size: file.bytes.length },
    overrideAccess: false,
    user,
    depth: 0,
  })

/** A refused upload leaves no row in the collection and no file in the upload directory. */
const expectNothingStored = async (attempt: () => Promise<void>) => {
  const rows = await countRows(payload, SLUGS.documents)
  const files = await filesOnDisk()
  await attempt()
  expect(await countRows(payload, SLUGS.documents)).toBe(rows)
  expect(await filesOnDisk()).toEqual(files)
}

const expectStoredAsUploaded = async (doc: Document, file: SampleFile, uploader: User) => {
  const stored = (await payload.findByID({ collection: SLUGS.documents, id: doc.id, depth: 0, overrideAccess: true })) as Document
  expect(stored.uploadedBy).toBe(uploader.id)
  expect(stored.filesize).toBe(file.bytes.length)
  expect(await readFile(path.join(uploadsDir, stored.filename!))).toEqual(file.bytes)
  return stored
}

const ids = (docs: { id: number }[]) => docs.map((d) => d.id).sort((a, b) => a - b)

/** Which of the documents the user reads, through the Local API, REST and GraphQL. */
const documentsSeenBy = async (user: User, candidates: Document[]) => {
  const candidateIds = ids(candidates)
  const local = await payload.find({
    collection: SLUGS.documents,
    where: { id: { in: candidateIds } },
    overrideAccess: false,
    user,
    depth: 0,
  })
  const client = await api.as(user)
  const rest = await client.rest('GET', `/documents?depth=0&where[id][in]=${candidateIds.join(',')}`)
  expect(rest.status).toBe(200)
  const gql = await client.graphql(`query ($where: Document_where) { Documents(where: $where) { docs { id } } }`, {
    where: { OR: candidateIds.map((id) => ({ id: { equals: id } })) },
  })
  expect(gql.body.errors).toBeUndefined()
  return { local: ids(local.docs), rest: ids(rest.body.docs), graphql: ids(gql.body.data.Documents.docs) }
}

const everywhere = (docs: Document[]) => ({ local: ids(docs), rest: ids(docs), graphql: ids(docs) })

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  expect(payload.collections.documents.config.upload.staticDir).toBe(uploadsDir)
})

afterAll(async () => {
  await rm(uploadsDir, { recursive: true, force: true })
})

describe('documents: what may be uploaded (R-REQ-04)', () => {
  it('R-REQ-04 a real PDF, PNG and CSV are accepted over REST, stamped with the uploader, not with what the client sent', async () => {
    const broker = world.users.brokerA
    const client = await api.as(broker)
    const files: (SampleFile & { mimeType: string })[] = [
      { name: 'soporte-pago.pdf', bytes: samplePdf(), type: 'application/pdf', mimeType: 'application/pdf' },
      { name: 'consignacion.png', bytes: await samplePng(), type: 'image/png', mimeType: 'image/png' },
      // Browsers often label a CSV as Excel; the stored type comes from the content and the extension.
      { name: 'pagos.csv', bytes: sampleCsv(), type: 'application/vnd.ms-excel', mimeType: 'text/csv' },
    ]
    for (const file of files) {
      const res = await uploadOverRest(client, file, { uploadedBy: world.users.admin.id, description: file.name })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const stored = await expectStoredAsUploaded(res.body.doc, file, broker)
      expect(stored).toMatchObject({ mimeType: file.mimeType, description: file.name, category: 'SOPORTE' })
    }
  })

  it('R-REQ-04 the Local API accepts a real PDF and also stamps the uploader', async () => {
    const file = { name: 'formulario.pdf', bytes: samplePdf(), type: 'application/pdf' }
    const doc = await uploadLocally(world.users.professionalBog, file, { uploadedBy: world.users.brokerB.id })
    await expectStoredAsUploaded(doc as Document, file, world.users.professionalBog)
  })

  it('R-REQ-04 an .exe renamed .pdf is refused with 400; no row and no file is stored', async () => {
    const file = { name: 'factura.pdf', bytes: sampleExe(), type: 'application/pdf' }
    const message = 'El contenido de factura.pdf no corresponde a un archivo PDF: su contenido es de tipo exe.'
    const client = await api.as(world.users.brokerA)
    await expectNothingStored(async () => {
      expectRestRule(await uploadOverRest(client, file), 400, 'R-REQ-04', message)
      await expectLocalRule(uploadLocally(world.users.brokerA, file), 400, 'R-REQ-04', message)
    })
  })

  it('R-REQ-04 .zip and .js files are refused by their extension', async () => {
    const client = await api.as(world.users.professionalBog)
    const refused = [
      { name: 'soportes.zip', bytes: Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'), type: 'application/zip', ext: 'zip' },
      { name: 'macro.js', bytes: Buffer.from('alert("hola")\n'), type: 'text/javascript', ext: 'js' },
    ]
    await expectNothingStored(async () => {
      for (const { ext, ...file } of refused) {
        const message = `El archivo ${file.name} tiene la extensión .${ext}, que no está permitida. ${ACCEPTED}`
        expectRestRule(await uploadOverRest(client, file), 400, 'R-REQ-04', message)
        await expectLocalRule(uploadLocally(world.users.professionalBog, file), 400, 'R-REQ-04', message)
      }
    })
  })

  it('R-REQ-04 an 11 MB file is refused over REST (413) and through the Local API (400); nothing is written', async () => {
    const file = { name: 'grande.pdf', bytes: samplePdf(11 * 1024 * 1024), type: 'application/pdf' }
    expect(file.bytes.length).toBeGreaterThan(MAX_ATTACHMENT_BYTES)
    const client = await api.as(world.users.brokerA)
    await expectNothingStored(async () => {
      const rest = await uploadOverRest(client, file)
      expect(rest.status, JSON.stringify(rest.body)).toBe(413)
      expect(rest.body.errors[0].message).toBe('R-REQ-04: El archivo supera el tamaño máximo de 10 MB.')
      await expectLocalRule(
        uploadLocally(world.users.brokerA, file),
        400,
        'R-REQ-04',
        'El archivo grande.pdf pesa 11,0 MB y supera el tamaño máximo de 10 MB.',
      )
    })
  })

  it('R-REQ-04 anonymous visitors cannot upload', async () => {
    const file = { name: 'soporte.pdf', bytes: samplePdf(), type: 'application/pdf' }
    await expectNothingStored(async () => {
      expectRestDenied(await uploadOverRest(api.anonymous, file))
      await expectLocalDenied(
        payload.create({
          collection: SLUGS.documents,
          data: { category: 'SOPORTE' },
          file: { data: file.bytes, mimetype: file.type, name: file.name, size: file.bytes.length },
          overrideAccess: false,
        }),
      )
    })
  })
})

describe('documents: who reads them (R-ROL-02)', () => {
  let ofBrokerA: Document
  let ofBrokerB: Document

  beforeAll(async () => {
    const upload = async (user: User, name: string) => {
      const res = await uploadOverRest(await api.as(user), { name, bytes: samplePdf(), type: 'application/pdf' })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      return res.body.doc as Document
    }
    ofBrokerA = await upload(world.users.brokerA, 'soporte-a.pdf')
    ofBrokerB = await upload(world.users.brokerB, 'soporte-b.pdf')
  })

  it('R-ROL-02 a broker reads the document it uploaded but not another broker\'s', async () => {
    expect(await documentsSeenBy(world.users.brokerA, [ofBrokerA, ofBrokerB])).toEqual(everywhere([ofBrokerA]))
    expect(await documentsSeenBy(world.users.brokerB, [ofBrokerA, ofBrokerB])).toEqual(everywhere([ofBrokerB]))

    const client = await api.as(world.users.brokerA)
    expectRestDenied(await client.rest('GET', `/documents/${ofBrokerB.id}`), [403, 404])
    expectGraphQLDenied(
      await client.graphql(`query ($id: Int!) { Document(id: $id) { id } }`, { id: ofBrokerB.id }),
      'Document',
      [403, 404],
    )
    await expectLocalDenied(
      payload.findByID({ collection: SLUGS.documents, id: ofBrokerB.id, overrideAccess: false, user: world.users.brokerA }),
      [403, 404],
    )
  })

  it('R-ROL-02 a broker downloads its own file but not another broker\'s; anonymous downloads nothing', async () => {
    const token = await tokenFor(world.users.brokerA.email)
    const own = await downloadFile(token, `/documents/file/${ofBrokerA.filename}`)
    expect(own.status).toBe(200)
    expect(own.bytes).toEqual(await readFile(path.join(uploadsDir, ofBrokerA.filename!)))

    expect([403, 404]).toContain((await downloadFile(token, `/documents/file/${ofBrokerB.filename}`)).status)
    expect([401, 403, 404]).toContain((await downloadFile(undefined, `/documents/file/${ofBrokerA.filename}`)).status)
  })

  it('R-ROL-02 an upload with the same file name as another broker\'s never overwrites it', async () => {
    const original = await readFile(path.join(uploadsDir, ofBrokerA.filename!))
    // Same name, other content (a longer PDF).
    const sameName = { name: ofBrokerA.filename!, bytes: samplePdf(64 * 1024), type: 'application/pdf' }
    const res = await uploadOverRest(await api.as(world.users.brokerB), sameName)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.filename).not.toBe(ofBrokerA.filename)
    expect(await readFile(path.join(uploadsDir, ofBrokerA.filename!))).toEqual(original)
    expect((await storedRow(payload, SLUGS.documents, ofBrokerA.id)).filename).toBe(ofBrokerA.filename)
  })

  it('R-ROL-01 branch staff no longer read brokers\' uploads not attached to a record of their branch; national roles do (finding 8)', async () => {
    for (const user of [world.users.professionalBog, world.users.branchManagerBog, world.users.professionalMed, world.users.firmA, world.users.editor]) {
      expect(await documentsSeenBy(user, [ofBrokerA, ofBrokerB]), user.email).toEqual(everywhere([]))
    }
    for (const user of [world.users.admin, world.users.collectionsManager, world.users.executor, world.users.legal]) {
      expect(await documentsSeenBy(user, [ofBrokerA, ofBrokerB]), user.email).toEqual(everywhere([ofBrokerA, ofBrokerB]))
    }
  })

  it('R-ROL-02 a broker cannot change or delete even its own document (only an administrator can)', async () => {
    const client = await api.as(world.users.brokerA)
    const before = await payload.findByID({ collection: SLUGS.documents, id: ofBrokerA.id, depth: 0, overrideAccess: true })
    expectRestDenied(await client.rest('PATCH', `/documents/${ofBrokerA.id}`, { description: 'cambiada' }), [403, 404])
    expectRestDenied(await client.rest('DELETE', `/documents/${ofBrokerA.id}`), [403, 404])
    await expectLocalDenied(
      payload.update({
        collection: SLUGS.documents,
        id: ofBrokerA.id,
        data: { uploadedBy: world.users.brokerB.id },
        overrideAccess: false,
        user: world.users.brokerA,
      }),
      [403, 404],
    )
    expect(await payload.findByID({ collection: SLUGS.documents, id: ofBrokerA.id, depth: 0, overrideAccess: true })).toEqual(
      before,
    )
    expect(await filesOnDisk()).toContain(ofBrokerA.filename)
  })
})

describe('documents follow the scope of what they are attached to (issue 8, finding 8)', () => {
  const NATIONAL: WorldRole[] = ['admin', 'collectionsManager', 'executor', 'legal']

  /** For every role, whether it reads `doc` (the same answer from the Local API, REST and GraphQL). */
  const expectReadBy = async (doc: Document, readers: WorldRole[]) => {
    for (const [role, user] of everyUser(world)) {
      expect(await documentsSeenBy(user, [doc]), role).toEqual(everywhere(readers.includes(role) ? [doc] : []))
    }
  }

  let ofBogota: Document

  beforeAll(async () => {
    const res = await uploadOverRest(await api.as(world.users.professionalBog), { name: 'acta-bogota.pdf', bytes: samplePdf(), type: 'application/pdf' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    ofBogota = res.body.doc as Document
  })

  it('R-ROL-01 an upload by branch staff is stamped with its branch: read by that branch and national roles only', async () => {
    expect(await storedRow(payload, SLUGS.documents, ofBogota.id)).toMatchObject({ branch: world.branches.bog.id, uploadedBy: world.users.professionalBog.id })
    await expectReadBy(ofBogota, [...NATIONAL, 'branchManagerBog', 'professionalBog'])
  }, 300_000)

  it('R-ROL-01 the file itself follows read access: a Medellín professional cannot download a Bogotá document, a Bogotá one can', async () => {
    const fileUrl = `/documents/file/${ofBogota.filename}`
    expect([403, 404]).toContain((await downloadFile(await tokenFor(world.users.professionalMed.email), fileUrl)).status)
    expect([403, 404]).toContain((await downloadFile(await tokenFor(world.users.brokerA.email), fileUrl)).status)
    expect([403, 404]).toContain((await downloadFile(await tokenFor(world.users.firmA.email), fileUrl)).status)
    const own = await downloadFile(await tokenFor(world.users.branchManagerBog.email), fileUrl)
    expect(own.status).toBe(200)
    expect(own.bytes).toEqual(await readFile(path.join(uploadsDir, ofBogota.filename!)))
    expect((await downloadFile(await tokenFor(world.users.professionalBog.email), fileUrl)).status).toBe(200)
  })

  it('R-ROL-02 a request\'s attachment takes the request\'s branch and clave: its broker and branch read it, no one else', async () => {
    const kinds = await requestKindIds(payload)
    const brokerA = await api.as(world.users.brokerA)
    const upload = await uploadOverRest(brokerA, { name: 'soporte-solicitud.pdf', bytes: samplePdf(), type: 'application/pdf' })
    const attachment = upload.body.doc as Document
    const filed = await brokerA.rest('POST', `/${SLUGS.requests}`, reactivationOf(world, kinds, { attachments: [attachment.id] }))
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    expect(await storedRow(payload, SLUGS.documents, attachment.id)).toMatchObject({ branch: world.branches.bog.id, clave: world.claves.claveA })
    await expectReadBy(attachment, [...NATIONAL, 'branchManagerBog', 'professionalBog', 'brokerA'])
  }, 300_000)

  it('R-ROL-01 a case act\'s PDF takes the case\'s branch and firm, and follows the case when it is re-assigned to another firm', async () => {
    await setLegalSettings2026(payload)
    const { firmA, collectionsManager } = world.users
    const theCase = await walkCase(payload, world, { to: 'LCD_FIRMADA', debtLines: [debtLine(4_000_000, '2026-03-16')] })
    const lcd = (await payload.create({
      collection: SLUGS.documents,
      data: { category: 'EXPEDIENTE' } as never,
      file: { data: samplePdf(), mimetype: 'application/pdf', name: 'lcd.pdf', size: samplePdf().length },
      overrideAccess: false,
      user: firmA,
      depth: 0,
    })) as Document
    const update = (user: User, data: Record<string, unknown>) =>
      payload.update({ collection: SLUGS.cases, id: theCase.id, data: data as never, overrideAccess: false, user, depth: 0, context: { asOf: '2026-06-03' } }) as Promise<Case>
    await update(firmA, { lcd: { document: lcd.id } })
    expect(await storedRow(payload, SLUGS.documents, lcd.id)).toMatchObject({ branch: world.branches.bog.id, firm: firmA.id })
    await expectReadBy(lcd, [...NATIONAL, 'branchManagerBog', 'professionalBog', 'firmA'])

    await update(collectionsManager, { assignedFirm: world.users.firmB.id })
    expect(await storedRow(payload, SLUGS.documents, lcd.id)).toMatchObject({ firm: world.users.firmB.id })
    // Firm A keeps what it uploaded itself; firm B now reads it through the case.
    await expectReadBy(lcd, [...NATIONAL, 'branchManagerBog', 'professionalBog', 'firmA', 'firmB'])
  }, 300_000)

  it('R-ROL-01 nobody types a document\'s scope: branch, clave and firm sent by a client are ignored', async () => {
    const res = await uploadOverRest(await api.as(world.users.brokerB), { name: 'forjado.pdf', bytes: samplePdf(), type: 'application/pdf' }, {
      branch: world.branches.bog.id,
      clave: world.claves.claveA,
      firm: world.users.firmA.id,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(await storedRow(payload, SLUGS.documents, res.body.doc.id)).toMatchObject({ branch: null, clave: null, firm: null })
  })
})
