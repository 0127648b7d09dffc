import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { Payment, Policy, PortfolioImport, User } from '@/payload-types'
import { applyPaymentToCertificates, policyTotalsFromCertificates, type Certificate } from '@/rules/policyCertificates'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import { randomDigits } from './helpers/fixtures'
import { initTestApp } from './helpers/initTestApp'
import { runImportJob } from './helpers/runImportJob'

/** Issue 13 item 1: the core system's payments file (PAGOS), loaded as a job against the real database. */

const { payload, api } = await initTestApp()
let world: AccessWorld
let manager: User
let clave: string

const PARTY_HEADER = ['TIPO_DOC', 'NUM_DOC', 'DV', 'NOMBRES', 'APELLIDOS', 'RAZON_SOCIAL', 'SUCURSAL']
const POLICY_HEADER = [
  'NUM_POLIZA', 'TIPO_POLIZA', 'RAMO', 'PLACA', 'TIPO_DOC_TOMADOR', 'NUM_DOC_TOMADOR', 'FECHA_EXPEDICION', 'INICIO_VIGENCIA', 'FIN_VIGENCIA',
  'PRIMA', 'ESTADO', 'FECHA_CANCELACION', 'CLAVE', 'SUCURSAL', 'NUM_CERTIFICADO', 'ASEGURADO', 'VALOR_CERTIFICADO', 'VENCIMIENTO', 'VALOR_PAGADO',
]
const PAYMENT_HEADER = ['NUM_RECIBO', 'NUM_POLIZA', 'FECHA_PAGO', 'VALOR', 'MEDIO_PAGO', 'CUENTA', 'SUCURSAL_BANCARIA', 'NUM_AUTORIZACION', 'FRANQUICIA']

const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n'

const load = async (name: string, text: string, kind: 'TERCEROS' | 'POLIZAS' | 'PAGOS', mode: 'TODO_O_NADA' | 'FILAS_VALIDAS' = 'TODO_O_NADA') => {
  const data = Buffer.from(text, 'utf8')
  const created = (await payload.create({
    collection: SLUGS.portfolioImports,
    data: { kind, mode } as never,
    file: { data, name, size: data.length, mimetype: 'text/csv' },
    overrideAccess: false,
    user: manager,
    depth: 0,
  })) as PortfolioImport
  await runImportJob(payload, created.id)
  return (await payload.findByID({ collection: SLUGS.portfolioImports, id: created.id, depth: 0, overrideAccess: true })) as PortfolioImport
}

let prefix: string
const policy = async (n: number) =>
  (await payload.find({ collection: SLUGS.policies, where: { number: { equals: `${prefix}-${n}` } }, depth: 0, limit: 1, overrideAccess: true })).docs[0] as Policy
const paymentsOf = async (receipts: string[]) =>
  (await payload.find({ collection: SLUGS.payments, where: { receiptNumber: { in: receipts } }, sort: 'receiptNumber', depth: 0, pagination: false, overrideAccess: true })).docs as Payment[]
const paidOf = (p: Policy) => [p.amountPaid, p.paymentStatus, String(p.paymentDueDate).slice(0, 10), (p.certificates ?? []).map((c) => [c.number, c.amountPaid, c.status])]

/** Receipt numbers unique to this run (the suite's database is shared). */
const receipt = (n: number) => `RC${prefix}-${n}`
const transfer = (n: number, policyNo: number, amount: string, date = '10/03/2026') => [receipt(n), `${prefix}-${policyNo}`, date, amount, 'TRANSFERENCIA', 'Bancolombia 001-22', 'Chapinero', '', '']
const card = (n: number, policyNo: number, amount: string) => [receipt(n), `${prefix}-${policyNo}`, '11/03/2026', amount, 'DATAFONO', '', '', 'AUT-9', 'VISA']

const firstPayments = () => csv(PAYMENT_HEADER, [transfer(1, 1, '1.000.000'), transfer(2, 2, '150000'), card(3, 2, '100000')])

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  manager = world.users.collectionsManager
  clave = world.users.brokerA.claves![0]!
  prefix = `PG${randomDigits(6)}`
  const person = `1${randomDigits(9)}`
  const bog = world.branches.bog.code
  const parties = await load('terceros.csv', csv(PARTY_HEADER, [['CC', person, '', 'Carla', 'Pérez', '', bog]]), 'TERCEROS')
  expect(parties.status).toBe('CARGADA')
  const policies = await load(
    'polizas.csv',
    csv(POLICY_HEADER, [
      [`${prefix}-1`, 'INDIVIDUAL', 'HOGAR', '', 'CC', person, '02/01/2026', '02/01/2026', '02/01/2027', '1.200.000', 'VIGENTE', '', clave, bog, '0', '', '1.200.000', '15/02/2026', '200000'],
      [`${prefix}-2`, 'COLECTIVA', 'VIDA-GRUPO', '', 'CC', person, '10/01/2026', '10/01/2026', '10/01/2027', '900000', 'VIGENTE', '', clave, bog, '1', 'Empleado 1', '500000', '01/03/2026', '0'],
      [`${prefix}-2`, 'COLECTIVA', 'VIDA-GRUPO', '', 'CC', person, '10/01/2026', '10/01/2026', '10/01/2027', '900000', 'VIGENTE', '', clave, bog, '2', 'Empleado 2', '400000', '01/02/2026', '100000'],
      [`${prefix}-3`, 'INDIVIDUAL', 'HOGAR', '', 'CC', person, '05/01/2026', '05/01/2026', '05/01/2027', '300000', 'VIGENTE', '', clave, bog, '0', '', '300000', '05/02/2026', ''],
    ]),
    'POLIZAS',
  )
  expect(policies.status, policies.message ?? '').toBe('CARGADA')
}, 300_000)

describe('payments import (issue 13 item 1, PAGOS)', () => {
  let firstLoad: PortfolioImport
  let afterFirst: Policy[]

  it('R-CAR-04 a payments file records one payment per receipt and credits each policy exactly as the pure rule does (oldest certificate first, totals from the certificates)', async () => {
    const before = [await policy(1), await policy(2)]
    firstLoad = await load('pagos.csv', firstPayments(), 'PAGOS')
    expect(firstLoad.message).not.toMatch(/falló/)
    expect(firstLoad).toMatchObject({
      status: 'CARGADA',
      rowsTotal: 3,
      rowsFailed: 0,
      counts: { payments: { inserted: 3, updated: 0, unchanged: 0 }, policies: { updated: 2 } },
    })
    afterFirst = [await policy(1), await policy(2)]
    // What the legalization's credit and the policy's hook compute, payment after payment.
    const expected = (p: Policy, amounts: number[]) => {
      const certificates = amounts.reduce<Certificate[]>((certs, amount) => applyPaymentToCertificates(certs, amount), p.certificates as Certificate[])
      const totals = policyTotalsFromCertificates(certificates)
      return [totals.amountPaid, totals.paymentStatus, String(totals.paymentDueDate).slice(0, 10), certificates.map((c) => [c.number, c.amountPaid, c.status])]
    }
    expect(paidOf(afterFirst[0]!)).toEqual(expected(before[0]!, [1_000_000]))
    expect(paidOf(afterFirst[1]!)).toEqual(expected(before[1]!, [150_000, 100_000]))
    expect(paidOf(afterFirst[0]!)).toEqual([1_200_000, 'PAGADA', '2026-02-15', [['0', 1_200_000, 'PAGADO']]])
    // Certificate 2 (due 01/02) is paid first; the rest goes to certificate 1.
    expect(paidOf(afterFirst[1]!)).toEqual([
      350_000,
      'PARCIAL',
      '2026-02-01',
      [
        ['1', 0, 'PENDIENTE'],
        ['2', 350_000, 'PARCIAL'],
      ],
    ])

    const payments = await paymentsOf([receipt(1), receipt(2), receipt(3)])
    expect(payments.map((p) => [p.receiptNumber, p.amount, String(p.paidOn).slice(0, 10), p.kind, p.clave, p.branch, p.policies, p.recordedBy, p.legalization ?? null])).toEqual([
      [receipt(1), 1_000_000, '2026-03-10', 'TRANSFERENCIA', clave, world.branches.bog.id, [afterFirst[0]!.id], manager.id, null],
      [receipt(2), 150_000, '2026-03-10', 'TRANSFERENCIA', clave, world.branches.bog.id, [afterFirst[1]!.id], manager.id, null],
      [receipt(3), 100_000, '2026-03-11', 'DATAFONO', clave, world.branches.bog.id, [afterFirst[1]!.id], manager.id, null],
    ])
    expect(payments[2]).toMatchObject({ authorizationNumber: 'AUT-9', franchise: 'VISA' })
    expect(payments[0]).toMatchObject({ bankAccount: 'Bancolombia 001-22', bankBranch: 'Chapinero' })

    const audit = await payload.find({ collection: SLUGS.auditLogs, where: { and: [{ collectionSlug: { equals: SLUGS.portfolioImports } }, { documentId: { equals: String(firstLoad.id) } }] }, overrideAccess: true, depth: 0 })
    expect(audit.totalDocs).toBe(1)
    expect(audit.docs[0]!.changes).toMatchObject({ kind: 'PAGOS', fileHash: firstLoad.fileHash, status: 'CARGADA', rows: 3, counts: { payments: { inserted: 3 } } })

    // R-ROL-02: the broker of the policies' clave reads the imported payments over REST; another broker does not.
    const where = `where[receiptNumber][in]=${receipt(1)},${receipt(2)},${receipt(3)}`
    const mine = await (await api.as(world.users.brokerA)).rest('GET', `/${SLUGS.payments}?${where}&depth=0`)
    const theirs = await (await api.as(world.users.brokerB)).rest('GET', `/${SLUGS.payments}?${where}&depth=0`)
    expect([mine.status, (mine.body as { totalDocs: number }).totalDocs]).toEqual([200, 3])
    expect([theirs.status, (theirs.body as { totalDocs: number }).totalDocs]).toEqual([200, 0])
  })

  it('CARGA-02 re-importing the same file changes nothing: skipped by its hash; the same receipts in another file are not applied twice', async () => {
    const again = await load('pagos.csv', firstPayments(), 'PAGOS')
    expect(again.status).toBe('OMITIDA')
    const sameRows = await load('pagos-copia.csv', firstPayments() + '\r\n', 'PAGOS')
    expect(sameRows).toMatchObject({ status: 'CARGADA', counts: { payments: { inserted: 0, unchanged: 3 }, policies: { updated: 0 } } })
    const now = [await policy(1), await policy(2)]
    expect(now.map(paidOf)).toEqual(afterFirst.map(paidOf))
    expect(now.map((p) => p.updatedAt)).toEqual(afterFirst.map((p) => p.updatedAt))
    expect((await paymentsOf([receipt(1), receipt(2), receipt(3)])).length).toBe(3)
  })

  it('CARGA-02 a receipt already present is left alone while the new ones in the file are applied; the same key with other data is refused', async () => {
    const before3 = await policy(3)
    const mixed = await load('pagos-mixto.csv', csv(PAYMENT_HEADER, [transfer(1, 1, '1.000.000'), transfer(4, 3, '100000')]), 'PAGOS')
    expect(mixed).toMatchObject({ status: 'CARGADA', counts: { payments: { inserted: 1, unchanged: 1 }, policies: { updated: 1 } } })
    expect(paidOf(await policy(1))).toEqual(paidOf(afterFirst[0]!))
    expect((await policy(3)).amountPaid).toBe((before3.amountPaid ?? 0) + 100_000)
    expect((await paymentsOf([receipt(1)])).length).toBe(1)

    const changed = await load('pagos-cambiado.csv', csv(PAYMENT_HEADER, [transfer(2, 2, '160000')]), 'PAGOS')
    expect(changed.status).toBe('RECHAZADA')
    expect(changed.rowErrors).toEqual([{ line: 2, column: 'NUM_RECIBO', reason: expect.stringMatching(/^CARGA-02: el recibo .* ya se aplicó/) }])
    expect((await paymentsOf([receipt(2)]))[0]!.amount).toBe(150_000)
  })

  it('CARGA-01 a file with three bad rows names them (line, column, reason, also as Excel) and, all or nothing, loads nothing; in valid-rows mode the good rows load', async () => {
    const before = [await policy(2), await policy(3)]
    const rows = [
      transfer(5, 2, '50000'),
      transfer(6, 3, '0'),
      transfer(7, 99, '10000'),
      transfer(8, 3, '5.000.000'),
    ]
    const refused = await load('pagos-malos.csv', csv(PAYMENT_HEADER, rows), 'PAGOS')
    expect(refused).toMatchObject({ status: 'RECHAZADA', rowsTotal: 4, rowsFailed: 3, counts: null })
    expect((refused.rowErrors as { line: number; column: string; reason: string }[]).map((e) => [e.line, e.column, e.reason.split(':')[0]])).toEqual([
      [3, 'VALOR', 'R-MON-01'],
      [4, 'NUM_POLIZA', 'R-CAR-04'],
      [5, 'VALOR', 'R-CAR-04'],
    ])
    expect(await paymentsOf([receipt(5), receipt(6), receipt(7), receipt(8)])).toEqual([])
    expect([(await policy(2)).amountPaid, (await policy(3)).amountPaid]).toEqual(before.map((p) => p.amountPaid))

    const res = await (await api.as(manager)).raw('GET', `/${SLUGS.portfolioImports}/${refused.id}/errors.xlsx`)
    expect(res.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await res.arrayBuffer()) as never)
    const sheet = workbook.worksheets[0]!
    expect([2, 3, 4].map((r) => [sheet.getRow(r).getCell(1).value, sheet.getRow(r).getCell(2).value])).toEqual([
      [3, 'VALOR'],
      [4, 'NUM_POLIZA'],
      [5, 'VALOR'],
    ])

    const partial = await load('pagos-malos-validas.csv', csv(PAYMENT_HEADER, rows), 'PAGOS', 'FILAS_VALIDAS')
    expect(partial).toMatchObject({ status: 'CARGADA_CON_ERRORES', rowsFailed: 3, counts: { payments: { inserted: 1 } } })
    expect((await paymentsOf([receipt(5), receipt(6), receipt(7), receipt(8)])).map((p) => p.receiptNumber)).toEqual([receipt(5)])
    expect((await policy(2)).amountPaid).toBe(before[0]!.amountPaid! + 50_000)
  })
})
