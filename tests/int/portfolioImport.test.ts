import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { PortfolioImport, Policy, User } from '@/payload-types'
import { nitCheckDigit } from '@/rules/identification'
import { policySearchText } from '@/rules/arrearsSearch'
import { policyTotalsFromCertificates, certificateStatus } from '@/rules/policyCertificates'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import { arrearsRollupDrift } from './helpers/arrearsRollupDrift'
import { randomDigits } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'
import { runImportJob } from './helpers/runImportJob'

/** Issue 13 item 1: portfolio loads from the core system's files, as a job, against the real database. */

const { payload, api } = await initTestApp()
let world: AccessWorld
let manager: User

const PARTY_HEADER = ['TIPO_DOC', 'NUM_DOC', 'DV', 'NOMBRES', 'APELLIDOS', 'RAZON_SOCIAL', 'SUCURSAL']
const POLICY_HEADER = [
  'NUM_POLIZA', 'TIPO_POLIZA', 'RAMO', 'PLACA', 'TIPO_DOC_TOMADOR', 'NUM_DOC_TOMADOR', 'FECHA_EXPEDICION', 'INICIO_VIGENCIA', 'FIN_VIGENCIA',
  'PRIMA', 'ESTADO', 'FECHA_CANCELACION', 'CLAVE', 'SUCURSAL', 'NUM_CERTIFICADO', 'ASEGURADO', 'VALOR_CERTIFICADO', 'VENCIMIENTO', 'VALOR_PAGADO',
]

const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n'

const fileOf = (name: string, text: string | Buffer) => {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  return { data, name, size: data.length, mimetype: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv' }
}

/** Uploads a file as the collections manager (Local API, her access) and runs the imports queue as the job runner would. */
const load = async (name: string, text: string | Buffer, kind: 'TERCEROS' | 'POLIZAS', mode: 'TODO_O_NADA' | 'FILAS_VALIDAS' = 'TODO_O_NADA') => {
  const created = (await payload.create({
    collection: SLUGS.portfolioImports,
    data: { kind, mode } as never,
    file: fileOf(name, text),
    overrideAccess: false,
    user: manager,
    depth: 0,
  })) as PortfolioImport
  expect(created.status).toBe('EN_COLA')
  await runImportJob(payload, created.id)
  return (await payload.findByID({ collection: SLUGS.portfolioImports, id: created.id, depth: 0, overrideAccess: true })) as PortfolioImport
}

const policiesLike = (prefix: string) =>
  payload.find({ collection: SLUGS.policies, where: { number: { like: prefix } }, sort: 'number', depth: 0, pagination: false, overrideAccess: true })

let tag: string
let nit: string
let personA: string
let personB: string
const partiesCsv = () =>
  csv(PARTY_HEADER, [
    ['CC', personA, '', 'Ana María', 'Rojas', '', world.branches.bog.code],
    ['CC', personB, '', 'Bruno', 'Díaz', '', world.branches.med.code],
    ['NIT', nit, String(nitCheckDigit(nit)), '', '', `Transportes ${tag} S.A.S.`, world.branches.bog.code],
  ])
const policyRows = (prefix: string) => [
  [`${prefix}-1`, 'INDIVIDUAL', 'AU-LIVIANOS', 'WMK061', 'CC', personA, '02/01/2026', '02/01/2026', '02/01/2027', '1.200.000', 'VIGENTE', '', 'CL-IMP-1', world.branches.bog.code, '0', '', '1.200.000', '15/02/2026', '200000'],
  [`${prefix}-2`, 'COLECTIVA', 'VIDA-GRUPO', '', 'NIT', `${nit}-${nitCheckDigit(nit)}`, '10/01/2026', '10/01/2026', '10/01/2027', '900000', 'VIGENTE', '', 'CL-IMP-2', world.branches.bog.code, '1', 'Empleado 1', '500000', '01/03/2026', '500000'],
  [`${prefix}-2`, 'COLECTIVA', 'VIDA-GRUPO', '', 'NIT', `${nit}-${nitCheckDigit(nit)}`, '10/01/2026', '10/01/2026', '10/01/2027', '900000', 'VIGENTE', '', 'CL-IMP-2', world.branches.bog.code, '2', 'Empleado 2', '400000', '01/02/2026', '0'],
  [`${prefix}-3`, 'INDIVIDUAL', 'HOGAR', '', 'CC', personB, '05/01/2026', '05/01/2026', '05/01/2027', '300000', 'VIGENTE', '', 'CL-IMP-1', world.branches.med.code, '0', '', '300000', '05/02/2026', ''],
]

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  manager = world.users.collectionsManager
  tag = randomDigits(6)
  nit = `9${randomDigits(8)}`
  personA = `1${randomDigits(9)}`
  personB = `1${randomDigits(9)}`
}, 300_000)

describe('portfolio import (issue 13 item 1)', () => {
  let loadedPolicies: string

  it('R-REQ-02 a parties file loads by natural key: display names, check digits, branches; one audit entry with the counts and the hash', async () => {
    const done = await load('terceros.csv', partiesCsv(), 'TERCEROS')
    expect(done).toMatchObject({ status: 'CARGADA', rowsTotal: 3, rowsFailed: 0, counts: { parties: { inserted: 3, updated: 0, unchanged: 0 } } })
    expect(done.fileHash).toMatch(/^[0-9a-f]{64}$/)
    const { docs } = await payload.find({ collection: SLUGS.parties, where: { idNumber: { in: [personA, nit] } }, sort: 'idNumber', depth: 0, overrideAccess: true })
    expect(docs.map((d) => [d.idType, d.displayName, d.checkDigit ?? null, d.branch])).toEqual(
      [
        ['CC', 'Ana María Rojas', null, world.branches.bog.id],
        ['NIT', `Transportes ${tag} S.A.S.`, nitCheckDigit(nit), world.branches.bog.id],
      ].sort((a, b) => String(a[0] === 'CC' ? personA : nit).localeCompare(String(b[0] === 'CC' ? personA : nit))),
    )
    const audit = await payload.find({ collection: SLUGS.auditLogs, where: { and: [{ collectionSlug: { equals: SLUGS.portfolioImports } }, { documentId: { equals: String(done.id) } }] }, overrideAccess: true, depth: 0 })
    expect(audit.totalDocs).toBe(1)
    expect(audit.docs[0]!.changes).toMatchObject({ fileHash: done.fileHash, status: 'CARGADA', rows: 3, counts: { parties: { inserted: 3 } } })
  })

  it('R-CAR-04 a policies file loads policies with their certificates; totals, due dates, statuses and holder claves are derived in SQL as the rule computes them', async () => {
    loadedPolicies = `IMP${tag}`
    const done = await load('polizas.csv', csv(POLICY_HEADER, policyRows(loadedPolicies)), 'POLIZAS')
    expect(done.message).not.toMatch(/falló/)
    expect(done).toMatchObject({
      status: 'CARGADA',
      rowsTotal: 4,
      rowsFailed: 0,
      counts: { policies: { inserted: 3, updated: 0, unchanged: 0 }, certificates: { inserted: 4, updated: 0, unchanged: 0, deleted: 0 } },
    })
    const { docs } = await policiesLike(loadedPolicies)
    expect(docs.map((p) => [p.number, p.totalDue, p.amountPaid, String(p.paymentDueDate).slice(0, 10), p.paymentStatus, p.plate ?? null])).toEqual([
      [`${loadedPolicies}-1`, 1_200_000, 200_000, '2026-02-15', 'PARCIAL', 'WMK061'],
      [`${loadedPolicies}-2`, 900_000, 500_000, '2026-02-01', 'PARCIAL', null],
      [`${loadedPolicies}-3`, 300_000, 0, '2026-02-05', 'PENDIENTE', null],
    ])
    // The arrears rollup's triggers saw the set-based upsert: its totals still equal the policies'.
    expect(await arrearsRollupDrift(payload)).toEqual([])
    // The SQL twin agrees with R-CAR-04's pure functions on every loaded policy.
    for (const p of docs as Policy[]) {
      const certificates = (p.certificates ?? []).map((c) => ({ ...c, dueDate: String(c.dueDate).slice(0, 10) }))
      const totals = policyTotalsFromCertificates(certificates)
      expect([p.totalDue, p.amountPaid, String(p.paymentDueDate).slice(0, 10), p.paymentStatus]).toEqual([totals.totalDue, totals.amountPaid, totals.paymentDueDate, totals.paymentStatus])
      for (const c of p.certificates ?? []) expect(c.status).toBe(certificateStatus(c))
    }
    expect(docs[1]!.certificates!.map((c) => [c.number, c.insured, c.amountDue, c.amountPaid, c.status])).toEqual([
      ['1', 'Empleado 1', 500_000, 500_000, 'PAGADO'],
      ['2', 'Empleado 2', 400_000, 0, 'PENDIENTE'],
    ])
    const holder = await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: personB } }, depth: 0, overrideAccess: true })
    expect(holder.docs[0]!.claves).toEqual(['CL-IMP-1'])
    // R-CAR-03: the arrears search text is the hook's, with the holder's name and ID (an imported policy is found by them).
    expect(docs[0]!.searchText).toBe(policySearchText({ number: `${loadedPolicies}-1`, plate: 'WMK061', clave: 'CL-IMP-1', holderName: 'Ana María Rojas', holderIdNumber: personA }))
    expect(docs[0]!.searchText).toContain('ana maria rojas')
  })

  it('CARGA-01 re-importing the same file changes nothing: it is skipped by its hash; the same rows from another file upsert to equal rows', async () => {
    const before = await policiesLike(loadedPolicies)
    // The same rows with a trailing blank line: other bytes (another hash), the same data.
    const again = await load('polizas.csv', csv(POLICY_HEADER, policyRows(loadedPolicies)) + '\r\n', 'POLIZAS')
    expect(again.status).toBe('CARGADA')
    const same = await load('polizas.csv', csv(POLICY_HEADER, policyRows(loadedPolicies)) + '\r\n', 'POLIZAS')
    expect(same).toMatchObject({ status: 'OMITIDA', counts: null })
    expect(same.message).toContain(`carga ${again.id}`)
    const after = await policiesLike(loadedPolicies)
    expect(after.docs.map((p) => p.updatedAt)).toEqual(before.docs.map((p) => p.updatedAt))
    expect(again.counts).toMatchObject({ policies: { inserted: 0, updated: 0, unchanged: 3 }, certificates: { inserted: 0, updated: 0, unchanged: 4 } })

    // The same rows as Excel (other bytes, other hash): every row upserts to what is stored.
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Terceros')
    sheet.addRow(PARTY_HEADER)
    for (const line of partiesCsv().trim().split('\r\n').slice(1)) sheet.addRow(line.split(';').map((c) => (c === '' ? null : c)))
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer())
    const parties = await load('terceros.xlsx', xlsx, 'TERCEROS')
    expect(parties).toMatchObject({ status: 'CARGADA', counts: { parties: { inserted: 0, updated: 0, unchanged: 3 } } })

    // A policy loaded by SQL is an ordinary policy: its hooks accept an edit through the Local API.
    const edited = await payload.update({ collection: SLUGS.policies, id: after.docs[2]!.id, data: { premium: 310_000 }, overrideAccess: true, depth: 0 })
    expect([edited.premium, edited.totalDue, edited.paymentStatus]).toEqual([310_000, 300_000, 'PENDIENTE'])
  })

  it('CARGA-01 a portfolio file over the attachments\' 10 MB is taken over REST and loads (three rows and the empty rows a spreadsheet leaves); an attachment that size is still refused', async () => {
    const rows = csv(POLICY_HEADER, policyRows(`BIG${tag}`))
    const padded = rows + ';'.repeat(POLICY_HEADER.length - 1).concat('\r\n').repeat(Math.ceil((11 * 1024 * 1024) / (POLICY_HEADER.length + 1)))
    expect(Buffer.byteLength(padded)).toBeGreaterThan(11 * 1024 * 1024)
    const form = new FormData()
    form.append('file', new Blob([padded], { type: 'text/csv' }), 'polizas-grande.csv')
    form.append('_payload', JSON.stringify({ kind: 'POLIZAS', mode: 'TODO_O_NADA' }))
    const created = await (await api.as(manager)).rest('POST', `/${SLUGS.portfolioImports}?depth=0`, form)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await runImportJob(payload, created.body.doc.id)
    const done = (await payload.findByID({ collection: SLUGS.portfolioImports, id: created.body.doc.id, depth: 0, overrideAccess: true })) as PortfolioImport
    expect(done).toMatchObject({ status: 'CARGADA', rowsTotal: 4, rowsFailed: 0, counts: { policies: { inserted: 3 } } })

    const attachment = new FormData()
    attachment.append('file', new Blob([padded], { type: 'text/csv' }), 'soporte-grande.csv')
    attachment.append('_payload', JSON.stringify({ category: 'SOPORTE' }))
    const refused = await (await api.as(manager)).rest('POST', `/${SLUGS.documents}?depth=0`, attachment)
    expect([refused.status, refused.body.errors?.[0]?.message]).toEqual([413, 'R-REQ-04: El archivo supera el tamaño máximo de 10 MB.'])
  })

  it('CARGA-01 a file with three bad rows names them (line, column, reason) and, all or nothing, loads nothing; in valid-rows mode the rest loads', async () => {
    const prefix = `BAD${tag}`
    const rows = policyRows(prefix)
    rows[0]![5] = '12a' // line 2: the holder's ID is not a cédula
    rows[2]![16] = '400000,50' // line 4: a certificate amount with centavos
    rows[3]![2] = 'AVIONES' // line 5: no such line of business
    const good = [...policyRows(prefix)[3]!]
    good[0] = `${prefix}-4` // line 6: a good policy
    rows.push(good)
    const file = csv(POLICY_HEADER, rows)
    const refused = await load('malas.csv', file, 'POLIZAS')
    expect(refused.status).toBe('RECHAZADA')
    expect(refused.rowsFailed).toBe(3)
    expect((refused.rowErrors as { line: number; column: string; reason: string }[]).map((e) => [e.line, e.column, e.reason.split(':')[0]])).toEqual([
      [2, 'NUM_DOC_TOMADOR', 'R-REQ-02'],
      [4, 'VALOR_CERTIFICADO', 'R-MON-01'],
      [5, 'RAMO', 'R-REQ-03'],
    ])
    expect((await policiesLike(prefix)).totalDocs).toBe(0)

    const partial = await load('malas.csv', file, 'POLIZAS', 'FILAS_VALIDAS')
    expect(partial.status).toBe('CARGADA_CON_ERRORES')
    // Policy 2's bad certificate (line 4) keeps the whole policy out (line 3 is not loaded alone); policy 4 loads.
    expect((await policiesLike(prefix)).docs.map((p) => p.number)).toEqual([`${prefix}-4`])
    expect(partial.counts).toMatchObject({ policies: { inserted: 1 }, certificates: { inserted: 1 } })
    expect(partial.rowsFailed).toBe(3)
  })

  it('CARGA-01 a load asked to cancel stops between batches and writes nothing', async () => {
    const prefix = `CAN${tag}`
    const created = (await payload.create({
      collection: SLUGS.portfolioImports,
      data: { kind: 'POLIZAS', mode: 'TODO_O_NADA' } as never,
      file: fileOf('cancelar.csv', csv(POLICY_HEADER, policyRows(prefix))),
      overrideAccess: false,
      user: manager,
      depth: 0,
    })) as PortfolioImport
    // The cancel button's request: the manager updates the import (REST, her session). What the
    // load is (its kind and mode) is fixed at creation: an update's values for them are dropped.
    const cancel = await (await api.as(manager)).rest('PATCH', `/${SLUGS.portfolioImports}/${created.id}`, { cancelRequested: true, kind: 'TERCEROS', mode: 'FILAS_VALIDAS' })
    expect(cancel.status).toBe(200)
    expect(cancel.body.doc).toMatchObject({ cancelRequested: true, kind: 'POLIZAS', mode: 'TODO_O_NADA' })
    await runImportJob(payload, created.id)
    const done = (await payload.findByID({ collection: SLUGS.portfolioImports, id: created.id, depth: 0, overrideAccess: true })) as PortfolioImport
    expect(done.status).toBe('CANCELADA')
    expect((await policiesLike(prefix)).totalDocs).toBe(0)

    // An ended load is a record: asking it again is refused over REST, GraphQL and the Local API.
    const again = await (await api.as(manager)).rest('PATCH', `/${SLUGS.portfolioImports}/${created.id}`, { cancelRequested: false })
    expect(again.status).toBe(403)
    const graphql = await (await api.as(manager)).graphql(`mutation { updatePortfolioImport(id: ${created.id}, data: { cancelRequested: false }) { id } }`)
    expect(graphql.body.errors?.[0]?.message).toMatch(/permiso/)
    await expect(
      payload.update({ collection: SLUGS.portfolioImports, id: created.id, data: { cancelRequested: false }, overrideAccess: false, user: manager, depth: 0 }),
    ).rejects.toMatchObject({ status: 403 })
    const after = (await payload.findByID({ collection: SLUGS.portfolioImports, id: created.id, depth: 0, overrideAccess: true })) as PortfolioImport
    expect(after.cancelRequested).toBe(true)
  })

  it('R-ROL-02 the errors download as Excel for the collections manager, not for a broker', async () => {
    const { docs } = await payload.find({ collection: SLUGS.portfolioImports, where: { status: { equals: 'RECHAZADA' } }, limit: 1, overrideAccess: true, depth: 0 })
    const id = docs[0]!.id
    const res = await (await api.as(manager)).raw('GET', `/${SLUGS.portfolioImports}/${id}/errors.xlsx`)
    expect(res.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await res.arrayBuffer()) as never)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([undefined, 'Línea', 'Columna', 'Motivo'])
    expect([2, 3, 4].map((r) => [sheet.getRow(r).getCell(1).value, sheet.getRow(r).getCell(2).value])).toEqual([
      [2, 'NUM_DOC_TOMADOR'],
      [4, 'VALOR_CERTIFICADO'],
      [5, 'RAMO'],
    ])
    const broker = await (await api.as(world.users.brokerA)).raw('GET', `/${SLUGS.portfolioImports}/${id}/errors.xlsx`)
    expect(broker.status).toBe(403)
  })

  it('R-ROL-02 brokers, providers and external firms cannot create nor read imports over REST and GraphQL', async () => {
    for (const user of [world.users.brokerA, world.users.provider, world.users.firmA]) {
      const client = await api.as(user)
      const form = new FormData()
      form.append('file', new Blob([partiesCsv()], { type: 'text/csv' }), 'terceros.csv')
      form.append('_payload', JSON.stringify({ kind: 'TERCEROS', mode: 'TODO_O_NADA' }))
      const created = await client.rest('POST', `/${SLUGS.portfolioImports}`, form)
      expect(created.status, user.role).toBe(403)
      const list = await client.rest('GET', `/${SLUGS.portfolioImports}`)
      expect(list.status, user.role).toBe(403)
      const graph = await client.graphql(`{ PortfolioImports { docs { id fileHash } } }`)
      expect(graph.body.errors?.[0]?.message, user.role).toBeTruthy()
      expect(graph.body.data?.PortfolioImports ?? null, user.role).toBeNull()
    }
    const count = await payload.count({ collection: SLUGS.portfolioImports, overrideAccess: true })
    expect(count.totalDocs).toBeGreaterThan(0)
  })
})
