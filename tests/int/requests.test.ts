import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Request } from '@/payload-types'
import { seedRequestKinds } from '@/seed/requestKinds'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { createPolicy } from './helpers/fixtures'
import { exeBytes, pdfBytes, reactivationOf, requestKindIds, uploadDocument } from './helpers/requestFixtures'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
let kinds: Record<string, number>
let brokerA: ApiClient
let brokerB: ApiClient
let staffBog: ApiClient

const countRequests = async () => (await payload.count({ collection: SLUGS.requests, overrideAccess: true })).totalDocs
const year = new Date().getFullYear()

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  kinds = await requestKindIds(payload)
  brokerA = await api.login(world.users.brokerA.email)
  brokerB = await api.login(world.users.brokerB.email)
  staffBog = await api.login(world.users.professionalBog.email)
})

describe('R-REQ-01 catalogue', () => {
  it('R-REQ-01 the seed is idempotent and keeps what an administrator added', async () => {
    const recaudo = await payload.findByID({ collection: SLUGS.requestKinds, id: kinds.RECAUDO!, depth: 0 })
    await payload.update({
      collection: SLUGS.requestKinds,
      id: recaudo.id,
      data: { subtypes: [...(recaudo.subtypes ?? []), { code: 'EXTRA', name: 'Subtipo del administrador' }] },
    })
    await seedRequestKinds(payload)
    await seedRequestKinds(payload)
    const { docs } = await payload.find({ collection: SLUGS.requestKinds, depth: 0, limit: 100 })
    expect(docs.map((k) => k.code).sort()).toEqual(['CARTERA', 'COMISIONES', 'RECAUDO'])
    const after = docs.find((k) => k.code === 'RECAUDO')!
    expect(after.subtypes!.map((s) => s.code)).toEqual(['REACTIVACION_POLIZA', 'DUPLICADO_RECIBO', 'LEGALIZACION_PAGOS', 'EXTRA'])
  })

  it('R-REQ-01 a broker reads the catalogue but cannot change it', async () => {
    const list = await brokerA.rest('GET', `/${SLUGS.requestKinds}?limit=10`)
    expect(list.status).toBe(200)
    expect(list.body.docs.length).toBe(3)
    const patch = await brokerA.rest('PATCH', `/${SLUGS.requestKinds}/${kinds.RECAUDO}`, { name: 'X' })
    expect(patch.status).toBe(403)
  })

  it('R-REQ-01 filing with a subtype of another kind is refused and writes nothing', async () => {
    const before = await countRequests()
    const res = await brokerA.rest('POST', `/${SLUGS.requests}`, reactivationOf(world, kinds, { subtype: 'DEVOLUCION_PRIMAS' }))
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/^R-REQ-01: /)
    expect(await countRequests()).toBe(before)
  })
})

describe('Devolución de primas: the bank-account form', () => {
  it('R-REQ-01 a broker downloads the form an administrator attached to the subtype, and only that document', async () => {
    const bytes = pdfBytes()
    const form = await payload.create({
      collection: SLUGS.documents,
      data: { category: 'FORMULARIO', description: 'Formulario de inscripción de cuentas' },
      file: { data: Buffer.from(bytes), mimetype: 'application/pdf', name: 'inscripcion-cuentas.pdf', size: bytes.length },
      user: world.users.admin,
    })
    const cartera = await payload.findByID({ collection: SLUGS.requestKinds, id: kinds.CARTERA!, depth: 0 })
    await payload.update({
      collection: SLUGS.requestKinds,
      id: cartera.id,
      data: { subtypes: cartera.subtypes!.map((s) => (s.code === 'DEVOLUCION_PRIMAS' ? { ...s, form: form.id } : s)) },
    })
    const res = await brokerA.raw('GET', `/${SLUGS.requestKinds}/${cartera.id}/form?subtype=DEVOLUCION_PRIMAS`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true)
    // The document itself stays private to its uploader.
    expect([403, 404]).toContain((await brokerA.rest('GET', `/${SLUGS.documents}/${form.id}`)).status)
    const none = await brokerA.rest('GET', `/${SLUGS.requestKinds}/${kinds.RECAUDO}/form?subtype=REACTIVACION_POLIZA`)
    expect(none.status).toBe(404)
    expect(none.body.errors[0].message).toBe('El subtipo REACTIVACION_POLIZA no tiene formulario para descargar.')
    expect((await brokerA.rest('GET', `/${SLUGS.requestKinds}/${cartera.id}/form`)).status).toBe(400)
  })
})

describe('R-REQ-02 POST /api/requests/lookup-client', () => {
  const lookup = (client: ApiClient, body: Record<string, unknown>) => client.rest('POST', '/requests/lookup-client', body)

  it('R-REQ-02 a client of the clave fills in its name and surname', async () => {
    const res = await lookup(brokerA, { idType: 'CC', idNumber: world.parties.debtorBog.idNumber, clave: world.claves.claveA })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      result: 'ENCONTRADO',
      policiesInForce: 1,
      client: { firstName: 'Ana', lastName: world.tag, idNumber: world.parties.debtorBog.idNumber },
    })
  })

  it('R-REQ-02 a client of another broker answers DATOS NO ENCONTRADOS, like an unknown one', async () => {
    const other = await lookup(brokerA, { idType: 'CC', idNumber: world.parties.debtorMed.idNumber, clave: world.claves.claveA })
    const unknown = await lookup(brokerA, { idType: 'CC', idNumber: '99999999', clave: world.claves.claveA })
    expect(other.status).toBe(200)
    expect(other.body).toEqual({ result: 'DATOS_NO_ENCONTRADOS', message: 'DATOS NO ENCONTRADOS', rule: 'R-REQ-02' })
    expect(unknown.body).toEqual(other.body)
  })

  it('R-REQ-02 a client with no policy in force under the clave gets its own notice', async () => {
    const party = await payload.create({
      collection: SLUGS.parties,
      data: { idType: 'CC', idNumber: `5${world.tag}01`, firstName: 'Carla', lastName: 'Cancelada', branch: world.branches.bog.id } as any,
    })
    await createPolicy(payload, {
      number: `POL-C-${world.tag}`,
      holder: party.id,
      branch: world.branches.bog.id,
      clave: world.claves.claveA,
      issueDate: '2025-01-10T12:00:00.000Z',
      coverStart: '2025-01-15T12:00:00.000Z',
      coverEnd: '2026-01-15T12:00:00.000Z',
      paymentDueDate: '2025-02-14T12:00:00.000Z',
      status: 'CANCELADA',
      cancelledAt: '2025-04-01T12:00:00.000Z',
    })
    const res = await lookup(brokerA, { idType: 'CC', idNumber: party.idNumber, clave: world.claves.claveA })
    expect(res.body.result).toBe('SIN_POLIZAS_VIGENTES')
    expect(res.body.message).toMatch(/no tiene pólizas asociadas o vigentes/)
  })

  it("R-ROL-02 the clave must be one of the broker's (403)", async () => {
    const res = await lookup(brokerA, { idType: 'CC', idNumber: world.parties.debtorMed.idNumber, clave: world.claves.claveB })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^R-ROL-02: La clave .* no es una de sus claves/)
  })

  it('R-REQ-02 bad input is a 400 that names the field, in Spanish', async () => {
    const res = await lookup(brokerA, { idType: 'PASAPORTE', clave: world.claves.claveA })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/idType debe ser uno de CC, CE, CD, NIT, NIT_EXT/)
    expect(res.body.errors[0].message).toMatch(/idNumber/)
    const nit = await lookup(brokerA, { idType: 'NIT', idNumber: '900123456-0', clave: world.claves.claveA })
    expect(nit.status).toBe(400)
    expect(nit.body.errors[0].message).toMatch(/^R-REQ-02: El dígito de verificación del NIT 900123456 debe ser/)
  })

  it('R-REQ-02 anonymous callers get 401', async () => {
    const res = await lookup(api.anonymous, { idType: 'CC', idNumber: '1', clave: '1' })
    expect(res.status).toBe(401)
  })
})

describe('filing a request (R-REQ-03..06) over REST', () => {
  let filed: Request

  it('R-REQ-06 a broker files a request with an attachment and a comment and gets COL_<year>_<seq>', async () => {
    const upload = await uploadDocument(brokerA, 'soporte.pdf', pdfBytes())
    expect(upload.status).toBe(201)
    const res = await brokerA.rest(
      'POST',
      `/${SLUGS.requests}?depth=0`,
      reactivationOf(world, kinds, {
        attachments: [upload.body.doc.id],
        comments: [{ text: 'Adjunto el soporte de pago.' }],
        status: 'FINALIZADO',
        caseNumber: 'COL_1999_1',
      }),
    )
    expect(res.status).toBe(201)
    filed = res.body.doc
    expect(filed.caseNumber).toMatch(new RegExp(`^COL_${year}_\\d+$`))
    expect(filed.status).toBe('RADICADO')
    expect(filed.title).toBe('Recaudo · Reactivación de póliza')
    expect(filed.clientName).toBe(`Ana ${world.tag}`)
    expect(filed.client).toBe(world.parties.debtorBog.id)
    expect(filed.policy).toBe(world.policies.policyBog.id)
    expect(filed.branch).toBe(world.branches.bog.id)
    expect(filed.attachments).toEqual([upload.body.doc.id])
    expect(filed.commentCount).toBe(1)
    expect(filed.comments![0]).toMatchObject({ text: 'Adjunto el soporte de pago.', author: world.users.brokerA.id })
    expect(filed.lastCommentAt).toBe(filed.comments![0]!.postedAt)
    expect(filed.filedAt).toBeTruthy()
    expect(filed.closedAt).toBeNull()
    expect(filed.statusHistory!.map((h) => h.to)).toEqual(['RADICADO'])
  })

  it('R-REQ-04 an .exe renamed .pdf is refused with the reason and not stored', async () => {
    const before = (await payload.count({ collection: SLUGS.documents })).totalDocs
    const res = await uploadDocument(brokerA, 'factura.pdf', exeBytes())
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/^R-REQ-04: El contenido de factura.pdf no corresponde a un archivo PDF: su contenido es de tipo exe/)
    expect((await payload.count({ collection: SLUGS.documents })).totalDocs).toBe(before)
  })

  it("R-REQ-04 a broker cannot attach a document it did not upload", async () => {
    const other = await uploadDocument(brokerB, 'otro.pdf', pdfBytes())
    const before = await countRequests()
    const res = await brokerA.rest('POST', `/${SLUGS.requests}`, reactivationOf(world, kinds, { attachments: [other.body.doc.id] }))
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^R-REQ-04: /)
    expect(await countRequests()).toBe(before)
  })

  it('R-REQ-05 a 281-character comment is refused and nothing is written', async () => {
    const before = await countRequests()
    const res = await brokerA.rest('POST', `/${SLUGS.requests}`, reactivationOf(world, kinds, { comments: [{ text: 'x'.repeat(281) }] }))
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('R-REQ-05: El comentario tiene 281 caracteres; el máximo es 280.')
    expect(res.body.errors[0].data).toMatchObject({ rule: 'R-REQ-05' })
    expect(await countRequests()).toBe(before)
  })

  it('R-REQ-03 a plate on a non-vehicle line is refused; a vehicle line needs one', async () => {
    const before = await countRequests()
    const plateOnHome = await brokerA.rest('POST', `/${SLUGS.requests}`, reactivationOf(world, kinds, { plate: 'WMK061' }))
    expect(plateOnHome.status).toBe(400)
    expect(plateOnHome.body.errors[0].message).toBe('R-REQ-03: La placa solo aplica a ramos de vehículos.')
    const carWithout = await brokerA.rest('POST', `/${SLUGS.requests}`, reactivationOf(world, kinds, { lineOfBusiness: 'AU-TOTAL-CAR' }))
    expect(carWithout.status).toBe(400)
    expect(carWithout.body.errors[0].message).toMatch(/^R-REQ-03: La placa es obligatoria/)
    expect(await countRequests()).toBe(before)
    const car = await brokerA.rest('POST', `/${SLUGS.requests}?depth=0`, reactivationOf(world, kinds, { lineOfBusiness: 'AU-TOTAL-CAR', plate: 'wmk 061' }))
    expect(car.status).toBe(201)
    expect(car.body.doc.plate).toBe('WMK061')
  })

  it('R-REQ-02 filing for a client of another clave says DATOS NO ENCONTRADOS; another clave is 403', async () => {
    const before = await countRequests()
    const otherClient = await brokerA.rest(
      'POST',
      `/${SLUGS.requests}`,
      reactivationOf(world, kinds, { clientIdNumber: world.parties.debtorMed.idNumber }),
    )
    expect(otherClient.status).toBe(400)
    expect(otherClient.body.errors[0].message).toMatch(/^R-REQ-02: DATOS NO ENCONTRADOS/)
    const otherClave = await brokerA.rest('POST', `/${SLUGS.requests}`, reactivationOf(world, kinds, { clave: world.claves.claveB }))
    expect(otherClave.status).toBe(403)
    expect(await countRequests()).toBe(before)
  })

  it('R-REQ-01 a Comisiones request needs no client nor product', async () => {
    const res = await brokerA.rest('POST', `/${SLUGS.requests}?depth=0`, {
      kind: kinds.COMISIONES,
      subtype: 'ACTUALIZACION_CUENTA',
      clave: world.claves.claveA,
      comments: [{ text: 'Nueva cuenta bancaria.' }],
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.title).toBe('Comisiones · Actualización de cuenta bancaria')
    expect(res.body.doc.client).toBeNull()
    // Its branch comes from a policy of the clave, so Bogotá staff work it.
    expect(res.body.doc.branch).toBe(world.branches.bog.id)
  })

  it('R-REQ-07 returned, corrected with a document and resubmitted by the broker, then closed by staff', async () => {
    const returned = await staffBog.rest('PATCH', `/${SLUGS.requests}/${filed.id}?depth=0`, {
      status: 'DEVUELTO',
      comments: [...filed.comments!, { text: 'Falta el recibo legible.' }],
    })
    expect(returned.status).toBe(200)
    expect(returned.body.doc.status).toBe('DEVUELTO')
    expect(returned.body.doc.commentCount).toBe(2)

    const empty = await brokerA.rest('PATCH', `/${SLUGS.requests}/${filed.id}`, { status: 'RADICADO' })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].message).toMatch(/^R-REQ-07: Para volver a radicar/)

    const doc = await uploadDocument(brokerA, 'recibo.pdf', pdfBytes())
    const resubmitted = await brokerA.rest('PATCH', `/${SLUGS.requests}/${filed.id}?depth=0`, {
      status: 'RADICADO',
      attachments: [...(filed.attachments as number[]), doc.body.doc.id],
    })
    expect(resubmitted.status).toBe(200)
    expect(resubmitted.body.doc.status).toBe('RADICADO')
    expect(resubmitted.body.doc.attachments).toHaveLength(2)

    const closed = await staffBog.rest('PATCH', `/${SLUGS.requests}/${filed.id}?depth=0`, { status: 'FINALIZADO' })
    expect(closed.status).toBe(200)
    expect(closed.body.doc.closedAt).toBeTruthy()
    expect(closed.body.doc.statusHistory.map((h: any) => [h.from, h.to])).toEqual([
      [null, 'RADICADO'],
      ['RADICADO', 'DEVUELTO'],
      ['DEVUELTO', 'RADICADO'],
      ['RADICADO', 'FINALIZADO'],
    ])
    expect(closed.body.doc.statusHistory[2].by).toBe(world.users.brokerA.id)
  })

  it('R-REQ-07 a broker cannot jump RADICADO → FINALIZADO, nor edit other fields; nothing changes', async () => {
    const open = (await brokerA.rest('POST', `/${SLUGS.requests}?depth=0`, reactivationOf(world, kinds))).body.doc as Request
    const jump = await brokerA.rest('PATCH', `/${SLUGS.requests}/${open.id}`, {
      status: 'FINALIZADO',
      comments: [{ text: 'cierro yo' }],
    })
    expect(jump.status).toBe(403)
    expect(jump.body.errors[0].message).toMatch(/^R-REQ-07: Un intermediario no puede pasar una solicitud de RADICADO a FINALIZADO/)
    const edit = await brokerA.rest('PATCH', `/${SLUGS.requests}/${open.id}`, { policyNumber: 'OTRA' })
    expect(edit.status).toBe(403)
    const after = await payload.findByID({ collection: SLUGS.requests, id: open.id, depth: 0 })
    expect(after.status).toBe('RADICADO')
    expect(after.commentCount).toBe(0)
    expect(after.policyNumber).toBe(world.policies.policyBog.number)

    const comment = await brokerA.rest('PATCH', `/${SLUGS.requests}/${open.id}?depth=0`, { comments: [{ text: 'Un dato más.' }] })
    expect(comment.status).toBe(200)
    expect(comment.body.doc.commentCount).toBe(1)
  })

  it('R-REQ-07 staff cannot skip the machine (DEVUELTO → FINALIZADO)', async () => {
    const open = (await brokerA.rest('POST', `/${SLUGS.requests}?depth=0`, reactivationOf(world, kinds))).body.doc as Request
    expect((await staffBog.rest('PATCH', `/${SLUGS.requests}/${open.id}`, { status: 'DEVUELTO' })).status).toBe(200)
    const skip = await staffBog.rest('PATCH', `/${SLUGS.requests}/${open.id}`, { status: 'FINALIZADO' })
    expect(skip.status).toBe(409)
    expect(skip.body.errors[0].message).toMatch(/^R-REQ-07: Una solicitud DEVUELTO no puede pasar a FINALIZADO/)
  })
})

describe('R-REQ-06 case numbers under concurrent filing', () => {
  it('R-REQ-06 twenty requests filed at once, each in its own transaction, get twenty distinct consecutive numbers', async () => {
    const filings = Array.from({ length: 20 }, (_, i) =>
      // Separate Local API calls without a shared req: each runs its own transaction.
      payload.create({
        collection: SLUGS.requests,
        data: reactivationOf(world, kinds, { comments: [{ text: `Radicación concurrente ${i}` }] }) as any,
        overrideAccess: false,
        user: world.users.brokerA,
        depth: 0,
      }),
    )
    const docs = await Promise.all(filings)
    const numbers = docs.map((d) => d.caseNumber!)
    expect(new Set(numbers).size).toBe(20)
    const sequences = numbers.map((n) => Number(n.split('_')[2])).sort((a, b) => a - b)
    expect(sequences[19]! - sequences[0]!).toBe(19)
  })
})

describe('R-ROL-02 another broker sees none of it', () => {
  it("R-ROL-02 broker B cannot list, read or change broker A's requests (Local API)", async () => {
    const { docs } = await payload.find({ collection: SLUGS.requests, overrideAccess: false, user: world.users.brokerB, limit: 100 })
    expect(docs.filter((d) => d.clave === world.claves.claveA)).toEqual([])
    const mine = await payload.find({ collection: SLUGS.requests, where: { clave: { equals: world.claves.claveA } }, limit: 1, depth: 0 })
    const id = mine.docs[0]!.id
    await expect(payload.findByID({ collection: SLUGS.requests, id, overrideAccess: false, user: world.users.brokerB })).rejects.toThrow()
    await expect(
      payload.update({ collection: SLUGS.requests, id, data: { comments: [{ text: 'intruso' }] } as any, overrideAccess: false, user: world.users.brokerB }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: SLUGS.requests, id, depth: 0 })).comments!.some((c) => c.text === 'intruso')).toBe(false)
  })

  it("R-ROL-02 broker B cannot read or patch broker A's requests over REST", async () => {
    const own = await brokerA.rest('GET', `/${SLUGS.requests}?limit=200&depth=0`)
    expect(own.body.totalDocs).toBeGreaterThan(20)
    const list = await brokerB.rest('GET', `/${SLUGS.requests}?limit=200&depth=0`)
    expect(list.status).toBe(200)
    expect(list.body.docs.filter((d: any) => d.clave === world.claves.claveA)).toEqual([])
    const id = own.body.docs[0].id
    expect([403, 404]).toContain((await brokerB.rest('GET', `/${SLUGS.requests}/${id}`)).status)
    expect([403, 404]).toContain((await brokerB.rest('PATCH', `/${SLUGS.requests}/${id}`, { comments: [{ text: 'intruso' }] })).status)
  })

  it("R-ROL-02 broker B's GraphQL list holds none of broker A's requests; broker A's holds them", async () => {
    const query = `query ($clave: String) { Requests(where: { clave: { equals: $clave } }, limit: 200) { totalDocs docs { caseNumber clave status } } }`
    const b = await brokerB.graphql(query, { clave: world.claves.claveA })
    expect(b.body.errors).toBeUndefined()
    expect(b.body.data.Requests.totalDocs).toBe(0)
    const a = await brokerA.graphql(query, { clave: world.claves.claveA })
    expect(a.body.data.Requests.totalDocs).toBeGreaterThan(20)
  })

  it('R-ROL-01 Medellín staff do not see Bogotá requests; Bogotá staff do', async () => {
    const med = await payload.count({ collection: SLUGS.requests, where: { clave: { equals: world.claves.claveA } }, overrideAccess: false, user: world.users.professionalMed })
    const bog = await payload.count({ collection: SLUGS.requests, where: { clave: { equals: world.claves.claveA } }, overrideAccess: false, user: world.users.professionalBog })
    expect(med.totalDocs).toBe(0)
    expect(bog.totalDocs).toBeGreaterThan(20)
  })
})

describe('R-REQ-08 consultation and Excel export', () => {
  it('R-REQ-08 filters by status, kind, client, filing date range and clave through the REST where', async () => {
    const from = new Date(Date.now() - 3_600_000).toISOString()
    const q = [
      `where[status][equals]=FINALIZADO`,
      `where[kind.code][equals]=RECAUDO`,
      `where[clientIdNumber][equals]=${world.parties.debtorBog.idNumber}`,
      `where[filedAt][greater_than_equal]=${encodeURIComponent(from)}`,
      `where[closedAt][exists]=true`,
      `where[clave][equals]=${world.claves.claveA}`,
    ].join('&')
    const res = await brokerA.rest('GET', `/${SLUGS.requests}?${q}&depth=0`)
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(1)
    expect(res.body.docs[0].status).toBe('FINALIZADO')
  })

  it('R-REQ-08 the Excel export holds the filtered rows with Spanish headers, real dates and numbers', async () => {
    const where = `where[clave][equals]=${world.claves.claveA}`
    const listed = await brokerA.rest('GET', `/${SLUGS.requests}?${where}&limit=0&depth=0`)
    const response = await brokerA.raw('GET', `/${SLUGS.requests}/export.xlsx?${where}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any)
    const sheet = workbook.getWorksheet('Solicitudes')!
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Caso',
      'Solicitud',
      'Cliente',
      'Tipo ID',
      'ID',
      'No. póliza',
      'Ramo',
      'Fecha radicación',
      'Fecha cierre',
      'Clave',
      'Estado solicitud',
      'Total comentarios',
      'Último comentario',
    ])
    expect(sheet.rowCount - 1).toBe(listed.body.totalDocs)
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2))
    const finalizado = rows.find((r) => r.getCell(11).value === 'FINALIZADO')!
    expect(finalizado.getCell(8).value).toBeInstanceOf(Date)
    expect(finalizado.getCell(9).value).toBeInstanceOf(Date)
    expect(finalizado.getCell(8).numFmt).toBe('dd/mm/yyyy hh:mm')
    expect(typeof finalizado.getCell(12).value).toBe('number')
    const totalComments = rows.reduce((sum, r) => sum + Number(r.getCell(12).value), 0)
    const stored = await payload.find({ collection: SLUGS.requests, where: { clave: { equals: world.claves.claveA } }, limit: 0, pagination: false, depth: 0 })
    expect(totalComments).toBe(stored.docs.reduce((s, d) => s + (d.commentCount ?? 0), 0))
    expect(rows.every((r) => r.getCell(10).value === world.claves.claveA)).toBe(true)
  })

  it("R-REQ-08 broker B's export holds none of broker A's requests; a bad filter is a 400", async () => {
    const response = await brokerB.raw('GET', `/${SLUGS.requests}/export.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any)
    const sheet = workbook.getWorksheet('Solicitudes')!
    for (let i = 2; i <= sheet.rowCount; i++) expect(sheet.getRow(i).getCell(10).value).not.toBe(world.claves.claveA)
    const bad = await brokerA.raw('GET', `/${SLUGS.requests}/export.xlsx?where[noExiste][equals]=1`)
    expect(bad.status).toBe(400)
  })
})

describe('R-REQ-03 the vigencia of a Cartera request', () => {
  // A "devolución de primas" on broker A's Bogotá policy, in force 15/01/2026 – 15/01/2027.
  const refund = (extra: Record<string, unknown> = {}) => reactivationOf(world, kinds, { kind: kinds.CARTERA, subtype: 'DEVOLUCION_PRIMAS', ...extra })

  it('R-REQ-03 a Cartera request without its vigencia is refused on the field and nothing is written', async () => {
    const before = await countRequests()
    const res = await brokerA.rest('POST', `/${SLUGS.requests}`, refund())
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('R-REQ-03: Indique la vigencia de la póliza (desde y hasta) a la que se refiere la solicitud.')
    expect(await countRequests()).toBe(before)
    // GraphQL answers the same rule.
    const gql = await brokerA.graphql(
      `mutation { createRequest(data: { kind: ${kinds.CARTERA}, subtype: "DEVOLUCION_PRIMAS", clave: "${world.claves.claveA}", clientIdType: CC, clientIdNumber: "${world.parties.debtorBog.idNumber}", policyType: INDIVIDUAL, policyNumber: "${world.policies.policyBog.number}", lineOfBusiness: HOGAR, status: RADICADO }) { id } }`,
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/R-REQ-03: Indique la vigencia/)
    expect(await countRequests()).toBe(before)
  })

  it("R-REQ-03 a vigencia outside the policy's cover, or ending before it starts, is refused", async () => {
    const before = await countRequests()
    const outside = await brokerA.rest('POST', `/${SLUGS.requests}`, refund({ policyPeriodFrom: '2025-01-15', policyPeriodTo: '2026-01-15' }))
    expect(outside.status).toBe(400)
    expect(outside.body.errors[0].message).toMatch(/^R-REQ-03: La vigencia 15\/01\/2025 – 15\/01\/2026 no está dentro de la de la póliza \(15\/01\/2026 – 15\/01\/2027\)/)
    const reversed = await brokerA.rest('POST', `/${SLUGS.requests}`, refund({ policyPeriodFrom: '2026-06-01', policyPeriodTo: '2026-02-01' }))
    expect(reversed.body.errors[0].message).toMatch(/^R-REQ-03: El fin de la vigencia/)
    expect(await countRequests()).toBe(before)
  })

  it('R-REQ-03 with the vigencia of its policy the request is filed and keeps it; other kinds need none', async () => {
    const res = await brokerA.rest('POST', `/${SLUGS.requests}?depth=0`, refund({ policyPeriodFrom: '2026-01-15', policyPeriodTo: '2027-01-15' }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.title).toBe('Cartera · Devolución de primas')
    expect([res.body.doc.policyPeriodFrom.slice(0, 10), res.body.doc.policyPeriodTo.slice(0, 10)]).toEqual(['2026-01-15', '2027-01-15'])
    const other = await brokerA.rest('POST', `/${SLUGS.requests}?depth=0`, reactivationOf(world, kinds))
    expect(other.status).toBe(201)
    expect(other.body.doc.policyPeriodFrom ?? null).toBeNull()
  })
})
