import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Policy } from '@/payload-types'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import type { ApiClient } from './helpers/apiClient'
import { ARREARS_TERMS, createPolicy, noon } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'

const { payload, api } = await initTestApp()
let world: AccessWorld
let brokerA: ApiClient
let brokerB: ApiClient
const p: Record<string, Policy> = {}
const AS_OF = '2026-05-15'

const openWorkbook = async (response: Response) => {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/spreadsheetml/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any)
  return workbook
}

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  const policy = (key: string, due: string, extra: Record<string, unknown> = {}) =>
    createPolicy(payload, {
      ...ARREARS_TERMS,
      number: `POL-${key}-${world.tag}`,
      holder: world.parties.debtorBog.id,
      branch: world.branches.bog.id,
      clave: world.claves.claveA,
      paymentDueDate: noon(due),
      ...extra,
    }).then((doc) => (p[key] = doc))
  await policy('A1', '2026-04-10', { totalDue: 800_000, amountPaid: 300_000, paymentStatus: 'PARCIAL', lineOfBusiness: 'AU-LIVIANOS', plate: 'KLO567' })
  await policy('A2', '2026-03-20', { totalDue: 600_000 })
  await policy('A3', '2026-03-01', { totalDue: 700_000, coverStart: '2025-12-01T12:00:00.000Z', issueDate: '2025-11-20T12:00:00.000Z' })
  // A collective policy of three certificates: the oldest paid, one partly paid, one not due yet (R-CAR-04).
  await policy('A4', '2026-02-20', {
    type: 'COLECTIVA',
    certificates: [
      { number: '17', insured: 'Asegurado 17', amountDue: 400_000, amountPaid: 150_000, dueDate: '2026-02-20T12:00:00.000Z' },
      { number: '5', insured: 'Asegurado 5', amountDue: 300_000, amountPaid: 300_000, dueDate: '2026-01-20T12:00:00.000Z' },
      { number: '21', insured: 'Asegurado 21', amountDue: 650_000, dueDate: '2026-05-20T12:00:00.000Z' },
    ],
  })
  await policy('NOT-DUE', '2026-05-20', { totalDue: 100_000 })
  await policy('PAID', '2026-03-01', { totalDue: 100_000, amountPaid: 100_000, paymentStatus: 'PAGADA' })
  brokerA = await api.login(world.users.brokerA.email)
  brokerB = await api.login(world.users.brokerB.email)
})

describe('GET /api/arrears', () => {
  it("R-CAR-01 lists the broker's unpaid past-due policies with days, bucket and the total pending as of a date", async () => {
    const res = await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&limit=50`)
    expect(res.status).toBe(200)
    expect(res.body.figuresAsOf).toBe(AS_OF)
    expect(res.body.totalDocs).toBe(5)
    expect(res.body.totalPending).toBe(1_428_000 + 500_000 + 600_000 + 700_000 + 900_000)
    const byNumber = Object.fromEntries(res.body.rows.map((r: any) => [r.number, [r.daysPastDue, r.bucket, r.pending]]))
    expect(byNumber).toEqual({
      [world.policies.policyBog.number]: [90, '90+', 1_428_000],
      [p.A4!.number]: [84, '76-89', 900_000],
      [p.A3!.number]: [75, '61-75', 700_000],
      [p.A2!.number]: [56, '46-60', 600_000],
      [p.A1!.number]: [35, '1-45', 500_000],
    })
    const a1 = res.body.rows.find((r: any) => r.number === p.A1!.number)
    expect(a1).toMatchObject({ holderName: `Ana ${world.tag}`, identifier: 'KLO567', lineOfBusiness: 'AU-LIVIANOS', premium: 500_000 })
    expect(res.body.totalsByBucket['46-60']).toEqual({ policies: 1, pending: 600_000 })
    expect(res.body.totalsByBranch).toEqual({ [String(world.branches.bog.id)]: { policies: 5, pending: res.body.totalPending } })
  })

  it('R-CAR-02 filters by bucket (90+ travels as 90%2B)', async () => {
    const mid = await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&bucket=46-60`)
    expect(mid.body.rows.map((r: any) => r.number)).toEqual([p.A2!.number])
    expect(mid.body.totalPending).toBe(600_000)
    const old = await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&bucket=90%2B`)
    expect(old.body.rows.map((r: any) => r.number)).toEqual([world.policies.policyBog.number])
  })

  it('R-CAR-03 filters by start-of-cover or issue date range, line of business and clave', async () => {
    const cover = await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&from=2025-12-01&to=2025-12-31&dateField=coverStart`)
    expect(cover.body.rows.map((r: any) => r.number)).toEqual([p.A3!.number])
    const issued = await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&from=2026-01-01&dateField=issueDate`)
    expect(issued.body.totalDocs).toBe(4)
    const line = await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&lineOfBusiness=AU-LIVIANOS`)
    expect(line.body.rows.map((r: any) => r.number)).toEqual([p.A1!.number])
    const own = await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&clave=${world.claves.claveA}`)
    expect(own.body.totalDocs).toBe(5)
  })

  it('R-CAR-03 national staff get the totals per branch of every branch; branch staff only theirs', async () => {
    const manager = await api.login(world.users.collectionsManager.email)
    const all = await manager.rest('GET', `/arrears?asOf=${AS_OF}`)
    expect(all.body.totalsByBranch[String(world.branches.bog.id)]).toEqual({ policies: 5, pending: 4_128_000 })
    expect(all.body.totalsByBranch[String(world.branches.med.id)]).toEqual({ policies: 1, pending: 1_428_000 })
    const med = await api.login(world.users.professionalMed.email)
    const own = await med.rest('GET', `/arrears?asOf=${AS_OF}`)
    expect(Object.keys(own.body.totalsByBranch)).toEqual([String(world.branches.med.id)])
  })

  it("R-ROL-02 a broker never sees another broker's arrears, even naming its clave", async () => {
    const other = await brokerA.rest('GET', `/arrears?asOf=${AS_OF}&clave=${world.claves.claveB}`)
    expect(other.body.totalDocs).toBe(0)
    expect(other.body.totalPending).toBe(0)
    const b = await brokerB.rest('GET', `/arrears?asOf=${AS_OF}`)
    expect(b.body.rows.map((r: any) => r.number)).toEqual([world.policies.policyMed.number])
    expect(b.body.totalPending).toBe(1_428_000)
  })

  it('R-CAR-03 bad filters are a 400 in Spanish', async () => {
    const bucket = await brokerA.rest('GET', `/arrears?bucket=10-20`)
    expect(bucket.status).toBe(400)
    expect(bucket.body.errors[0].message).toMatch(/bucket debe ser una de 1-45, 46-60, 61-75, 76-89, 90\+/)
    const date = await brokerA.rest('GET', `/arrears?asOf=2026-02-30`)
    expect(date.body.errors[0].message).toMatch(/asOf no es una fecha del calendario/)
    const range = await brokerA.rest('GET', `/arrears?from=2026-03-01&to=2026-01-01`)
    expect(range.body.errors[0].message).toMatch(/from no puede ser posterior a to/)
    expect((await api.anonymous.rest('GET', '/arrears')).status).toBe(401)
  })
})

describe('GET /api/arrears/:policyId', () => {
  it('R-CAR-04 gives the exact days past due and the unpaid certificates', async () => {
    const res = await brokerA.rest('GET', `/arrears/${p.A4!.id}?asOf=${AS_OF}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ figuresAsOf: AS_OF, daysPastDue: 84, bucket: '76-89', pending: 900_000, type: 'COLECTIVA' })
    // Certificate 5 is paid and left out; 21 is owed but not due yet.
    expect(res.body.unpaidCertificates).toEqual([
      { number: '17', insured: 'Asegurado 17', dueDate: '2026-02-20T12:00:00.000Z', amountDue: 400_000, amountPaid: 150_000, pending: 250_000, daysPastDue: 84, bucket: '76-89' },
      { number: '21', insured: 'Asegurado 21', dueDate: '2026-05-20T12:00:00.000Z', amountDue: 650_000, amountPaid: 0, pending: 650_000, daysPastDue: 0, bucket: null },
    ])
    const later = await brokerA.rest('GET', `/arrears/${p.A4!.id}?asOf=2026-06-01`)
    expect(later.body.unpaidCertificates.map((c: any) => [c.number, c.daysPastDue, c.bucket])).toEqual([
      ['17', 101, '90+'],
      ['21', 12, '1-45'],
    ])
  })

  it("R-ROL-02 a policy's certificates reach only its own broker, over REST and GraphQL", async () => {
    const query = `{ Policies(where: { number: { equals: "${p.A4!.number}" } }) { docs { number certificates { number amountDue amountPaid status } } } }`
    const own = await brokerA.graphql(query)
    expect(own.body.data.Policies.docs[0].certificates).toEqual([
      { number: '17', amountDue: 400_000, amountPaid: 150_000, status: 'PARCIAL' },
      { number: '5', amountDue: 300_000, amountPaid: 300_000, status: 'PAGADO' },
      { number: '21', amountDue: 650_000, amountPaid: 0, status: 'PENDIENTE' },
    ])
    const other = await brokerB.graphql(query)
    expect(other.body.data.Policies.docs).toEqual([])
    expect([403, 404]).toContain((await brokerB.rest('GET', `/policies/${p.A4!.id}`)).status)
    expect((await brokerB.rest('GET', `/arrears/${p.A4!.id}?asOf=${AS_OF}`)).status).toBe(404)
  })

  it("R-ROL-02 another broker's policy is a 404, and so is a bad id a 400", async () => {
    expect((await brokerB.rest('GET', `/arrears/${p.A4!.id}`)).status).toBe(404)
    expect((await brokerB.raw('GET', `/arrears/${p.A4!.id}/export.xlsx`)).status).toBe(404)
    expect((await brokerA.rest('GET', `/arrears/abc`)).status).toBe(400)
  })
})

describe('R-CAR-04 Excel', () => {
  it('R-CAR-04 the filtered table opens with its rows, real dates and numbers, and totals that add up', async () => {
    const json = await brokerA.rest('GET', `/arrears?asOf=${AS_OF}`)
    const workbook = await openWorkbook(await brokerA.raw('GET', `/arrears/export.xlsx?asOf=${AS_OF}`))
    const sheet = workbook.getWorksheet('Cartera')!
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'No. póliza',
      'Ramo',
      'Tipo póliza',
      'Tomador',
      'Identificador',
      'Prima',
      'Días mora',
      'Franja de mora',
      'Inicio vigencia',
      'Expedición',
      'Fecha límite de pago',
      'Total a pagar',
      'Saldo pendiente',
      'Clave',
    ])
    expect(sheet.rowCount).toBe(1 + 5 + 2)
    const data = Array.from({ length: 5 }, (_, i) => sheet.getRow(i + 2))
    const sum = data.reduce((s, r) => s + (r.getCell(13).value as number), 0)
    expect(sum).toBe(json.body.totalPending)
    const total = sheet.getRow(7)
    expect(total.getCell(1).value).toBe('Total pendiente')
    expect(total.getCell(13).value).toBe(json.body.totalPending)
    const asOf = sheet.getRow(8)
    expect(asOf.getCell(1).value).toBe('Cifras al')
    expect((asOf.getCell(9).value as Date).toISOString().slice(0, 10)).toBe(AS_OF)
    const a3 = data.find((r) => r.getCell(1).value === p.A3!.number)!
    expect(a3.getCell(9).value).toBeInstanceOf(Date)
    expect((a3.getCell(9).value as Date).toISOString().slice(0, 10)).toBe('2025-12-01')
    expect(a3.getCell(9).numFmt).toBe('dd/mm/yyyy')
    expect(a3.getCell(6).value).toBe(500_000)
    expect(a3.getCell(7).value).toBe(75)
    expect(a3.getCell(2).value).toBe('Hogar')
  })

  it("R-CAR-04 one policy's Excel holds it alone and its unpaid certificates; a filtered export follows the filter", async () => {
    const workbook = await openWorkbook(await brokerA.raw('GET', `/arrears/${p.A4!.id}/export.xlsx?asOf=${AS_OF}`))
    const sheet = workbook.getWorksheet('Póliza')!
    expect(sheet.getRow(2).getCell(1).value).toBe(p.A4!.number)
    expect(sheet.getRow(3).getCell(13).value).toBe(900_000)
    const certificates = workbook.getWorksheet('Certificados pendientes')!
    expect(certificates.getRow(1).values).toEqual([
      undefined,
      'No. certificado',
      'Asegurado / riesgo',
      'Vencimiento',
      'Días mora',
      'Franja de mora',
      'Valor',
      'Pagado',
      'Saldo pendiente',
    ])
    expect(certificates.rowCount).toBe(1 + 2 + 1)
    const first = certificates.getRow(2)
    expect(first.getCell(1).value).toBe('17')
    expect(first.getCell(3).value).toBeInstanceOf(Date)
    expect((first.getCell(3).value as Date).toISOString().slice(0, 10)).toBe('2026-02-20')
    expect(first.getCell(3).numFmt).toBe('dd/mm/yyyy')
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.Date)
    expect(first.getCell(4).value).toBe(84)
    expect(first.getCell(5).value).toBe('76-89')
    for (const [col, value] of [[6, 400_000], [7, 150_000], [8, 250_000]] as const) {
      expect(first.getCell(col).value).toBe(value)
      expect(first.getCell(col).type).toBe(ExcelJS.ValueType.Number)
    }
    expect(certificates.getRow(3).getCell(1).value).toBe('21')
    expect(certificates.getRow(4).getCell(1).value).toBe('Total pendiente')
    expect(certificates.getRow(4).getCell(8).value).toBe(900_000)
    const filtered = await openWorkbook(await brokerA.raw('GET', `/arrears/export.xlsx?asOf=${AS_OF}&bucket=46-60`))
    expect(filtered.getWorksheet('Cartera')!.getRow(2).getCell(1).value).toBe(p.A2!.number)
    expect(filtered.getWorksheet('Cartera')!.rowCount).toBe(1 + 1 + 2)
  })
})
