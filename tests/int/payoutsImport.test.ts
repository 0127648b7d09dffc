import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '@/constants/slugs'
import type { ProviderRegistry } from '@/payload-types'
import { buildAccessWorld, type AccessWorld } from './helpers/accessWorld'
import { randomDigits } from './helpers/fixtures'
import { registryData } from './helpers/payoutWorld'
import { initTestApp } from './helpers/initTestApp'

/** R-PAY-02…04, bulk load: a treasury file as a job with progress; one bad row and nothing of the file is loaded. */

const { payload, api } = await initTestApp()
let world: AccessWorld
let entry: ProviderRegistry

const HEADER = [
  'N° documento', 'Fecha de pago', 'NIT', 'Forma de pago', 'Nombre del banco', 'Tipo de cuenta', 'Número de cuenta', 'Valor pago',
  'Valor pendiente por aplicar', 'Valor pendiente por aplicar anticipo', 'N° comprobante de pago / anticipo', 'Tipo documento',
  'Número de factura', 'Valor factura', 'Valor neto', 'Valor pagado', 'Retefuente', 'Fecha cruce', 'Documento cruce', 'Valor cruce',
]

const rowsFor = (prefix: string) => [
  [`${prefix}-1`, '29/01/2026', entry.nit, 'Dispersión', 'BANCOLOMBIA', 'Corriente', '123456789', '1.500.000', '0', '0', `${prefix}-1`, 'FACTURA', `FE-${prefix}-1`, '1000000', '950000', '950000', '20000', '', '', ''],
  [`${prefix}-1`, '29/01/2026', entry.nit, 'Dispersión', 'BANCOLOMBIA', 'Corriente', '123456789', '1.500.000', '0', '0', `${prefix}-1`, 'FACTURA', `FE-${prefix}-2`, '600000', '550000', '550000', '0', '28/01/2026', 'NC-9', '50000'],
  [`${prefix}-2`, '30/01/2026', entry.nit, 'Giro Directo/Cesion', 'N/A', 'N/A', 'N/A', '300000', '0', '0', `${prefix}-2`, 'FACTURA', `FE-${prefix}-3`, '300000', '300000', '300000', '0', '', '', ''],
]

const csv = (rows: string[][]) => [HEADER, ...rows].map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')).join('\r\n')

const upload = async (name: string, bytes: Buffer | string) => {
  const form = new FormData()
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name)
  return (await api.as(world.users.collectionsManager)).rest('POST', `/${SLUGS.payouts}/import`, form)
}

/** Queues the file, runs its job as the job runner would, and returns the status the endpoint reports. */
const load = async (name: string, bytes: Buffer | string) => {
  const queued = await upload(name, bytes)
  expect(queued.status, JSON.stringify(queued.body)).toBe(202)
  await payload.jobs.runByID({ id: queued.body.jobId })
  const status = await (await api.as(world.users.collectionsManager)).rest('GET', `/${SLUGS.payouts}/import/${queued.body.jobId}`)
  expect(status.status).toBe(200)
  return status.body
}

const storedWithPrefix = async (prefix: string) =>
  (await payload.count({ collection: SLUGS.payouts, where: { documentNumber: { like: prefix } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  entry = (await payload.create({ collection: SLUGS.providerRegistry, data: registryData() as never, overrideAccess: true, depth: 0 })) as ProviderRegistry
}, 300_000)

describe('bulk load of payouts', () => {
  it('R-PAY-02 a CSV as the treasury exports it is loaded by a job: vouchers grouped, invoices numbered, progress to the end', async () => {
    const prefix = `CSV${randomDigits(6)}`
    const status = await load('tesoreria.csv', csv(rowsFor(prefix)))
    expect(status).toMatchObject({ state: 'TERMINADA', progress: { done: 3, total: 3 }, result: { status: 'CARGADO', payouts: 2, invoices: 3 } })
    const { docs } = await payload.find({ collection: SLUGS.payouts, where: { documentNumber: { like: prefix } }, sort: 'documentNumber', ...{ overrideAccess: true, depth: 0 } })
    expect(docs.map((d) => [d.paymentForm, d.amountPaid, d.bankName ?? null, d.nit])).toEqual([
      ['DISPERSION', 1_500_000, 'BANCOLOMBIA', entry.nit],
      ['GIRO_DIRECTO_CESION', 300_000, null, entry.nit],
    ])
    const invoices = await payload.find({ collection: SLUGS.payoutInvoices, where: { payout: { equals: docs[0]!.id } }, sort: 'line', overrideAccess: true, depth: 0 })
    expect(invoices.docs.map((i) => [i.line, i.invoiceNumber, i.crossingValue, i.crossingDocument ?? null])).toEqual([
      [1, `FE-${prefix}-1`, 0, null],
      [2, `FE-${prefix}-2`, 50_000, 'NC-9'],
    ])
  })

  it('R-PAY-02 a file with one bad row is refused whole: the line and its reason are reported and nothing of it is loaded', async () => {
    const prefix = `BAD${randomDigits(6)}`
    const rows = rowsFor(prefix)
    rows[2]![1] = '31/02/2026'
    const status = await load('tesoreria.csv', csv(rows))
    expect(status.result.status).toBe('RECHAZADO')
    expect(status.result.errors).toEqual(['Línea 4: La fecha de pago 31/02/2026 no existe en el calendario.'])
    expect(await storedWithPrefix(prefix)).toBe(0)
  })

  it('R-PAY-04 each bad row is reported with its line: a dispersión without its bank, an incomplete crossing, a NIT not in the registry, a voucher already loaded', async () => {
    const prefix = `MIX${randomDigits(6)}`
    const rows = rowsFor(prefix)
    rows[0]![4] = ''
    rows[1]![19] = ''
    rows[2]![2] = `7${randomDigits(8)}`
    const status = await load('tesoreria.csv', csv(rows))
    expect(status.result.errors).toEqual([
      'Línea 2: Un pago por dispersión necesita el banco.',
      'Línea 3: El cruce se registra completo: fecha de cruce, documento de cruce y valor de cruce.',
      `Línea 4: el NIT ${rows[2]![2]} no está en el registro de prestadores.`,
    ])
    expect(await storedWithPrefix(prefix)).toBe(0)
    const again = `AGN${randomDigits(6)}`
    expect((await load('a.csv', csv(rowsFor(again)))).result.status).toBe('CARGADO')
    const twice = await load('b.csv', csv(rowsFor(again)))
    expect(twice.result.errors).toEqual([`Línea 2: el comprobante ${again}-1 ya está cargado.`, `Línea 4: el comprobante ${again}-2 ya está cargado.`])
  })

  it('R-PAY-02 an Excel file with real numbers and dates is loaded the same way', async () => {
    const prefix = `XLS${randomDigits(6)}`
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Comprobantes')
    sheet.addRow(HEADER)
    for (const row of rowsFor(prefix)) {
      sheet.addRow(row.map((c, i) => (HEADER[i] === 'Fecha de pago' ? new Date(Date.UTC(2026, 0, 29)) : /^\d+$/.test(c) && i >= 7 && i !== 10 && i !== 12 ? Number(c) : c)))
    }
    const status = await load('tesoreria.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))
    expect(status.result, JSON.stringify(status.result)).toMatchObject({ status: 'CARGADO', payouts: 2, invoices: 3 })
    const stored = await payload.find({ collection: SLUGS.payouts, where: { documentNumber: { equals: `${prefix}-2` } }, overrideAccess: true, depth: 0 })
    expect([stored.docs[0]!.paidOn.slice(0, 10), stored.docs[0]!.amountPaid]).toEqual(['2026-01-29', 300_000])
  })

  it('R-PAY-02 a file that is not Excel or CSV is refused at once, and a provider or a branch manager cannot load', async () => {
    const refused = await upload('tesoreria.pdf', 'x')
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('R-PAY-02')
    for (const user of [world.users.provider, world.users.branchManagerBog, world.users.brokerA]) {
      const form = new FormData()
      form.append('file', new Blob([csv(rowsFor('NO'))]), 't.csv')
      expect((await (await api.as(user)).rest('POST', `/${SLUGS.payouts}/import`, form)).status).toBe(403)
    }
  })
})
