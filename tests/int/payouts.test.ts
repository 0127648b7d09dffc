import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { Payout, ProviderRegistry, User } from '@/payload-types'
import { nitCheckDigit } from '@/rules/identification'
import { SITE_POLICIES_VERSION } from '@/rules/payouts/registration'
import { buildAccessWorld, PASSWORD, type AccessWorld } from './helpers/accessWorld'
import { randomDigits } from './helpers/fixtures'
import { invoiceData, payoutData, registryData } from './helpers/payoutWorld'
import { initTestApp } from './helpers/initTestApp'

/** Issue 12 against the real database: R-PAY-01…04 and who sees a provider's payouts (R-ROL-02). */

const { payload, api } = await initTestApp()
let world: AccessWorld
let own: ProviderRegistry
let otherEntry: ProviderRegistry
let otherProvider: User
let dispersion: Payout
let giro: Payout
let big: Payout
const INVOICES = 50

const system = { overrideAccess: true, depth: 0 } as const
const STRONG = 'Girasol-Tranvía-Bahía-77!'
// A NIT with a valid check digit that no registry entry holds (registry NITs of the helpers start with 8 or 9).
const unknownNit = `7${randomDigits(8)}`

const create = async <T>(collection: string, data: Record<string, unknown>): Promise<T> =>
  (await payload.create({ collection: collection as never, data: data as never, ...system, context: { skipAudit: true } })) as T

const usersWithEmail = async (email: string) => (await payload.count({ collection: SLUGS.users, where: { email: { equals: email } }, overrideAccess: true })).totalDocs
const registrationsOf = async (nit: string) =>
  (await payload.count({ collection: SLUGS.providerRegistrations, where: { nit: { equals: nit } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  world = await buildAccessWorld(payload)
  own = await create<ProviderRegistry>(SLUGS.providerRegistry, registryData(world.users.provider.nit!, { representativeId: '79456123' }))
  otherEntry = await create<ProviderRegistry>(SLUGS.providerRegistry, registryData())
  otherProvider = await create<User>(SLUGS.users, {
    email: `otro-prestador-${world.tag}@test.co`,
    password: PASSWORD,
    name: 'Otro prestador',
    role: ROLES.provider,
    nit: otherEntry.nit,
  })
  dispersion = await create<Payout>(
    SLUGS.payouts,
    payoutData(own.id, { paidOn: '2026-01-29T12:00:00.000Z', paymentForm: 'DISPERSION', bankName: 'BANCOLOMBIA', accountType: 'CORRIENTE', accountNumber: '123456789', amountPaid: 7_300_000 }),
  )
  giro = await create<Payout>(SLUGS.payouts, payoutData(own.id, { paidOn: '2026-01-30T12:00:00.000Z', amountPaid: 2_150_000 }))
  big = await create<Payout>(SLUGS.payouts, payoutData(own.id, { paidOn: '2026-02-10T12:00:00.000Z', amountPaid: 25_000_000 }))
  await create(SLUGS.payouts, payoutData(otherEntry.id, { paidOn: '2026-01-29T12:00:00.000Z' }))
  for (let line = 1; line <= INVOICES; line++) {
    await create(
      SLUGS.payoutInvoices,
      invoiceData(big.id, line, {
        paidAmount: 400_000 + line,
        vat: 1_000,
        retefuente: 10_000,
        reteica: 2_000,
        reteiva: 500,
        stampTax: 100,
        copayment: 3_000,
        moderatingFee: 1_500,
        ...(line % 2 ? { crossingDate: '2026-02-09T12:00:00.000Z', crossingDocument: `NC-${line}`, crossingValue: 5_000 } : {}),
      }),
    )
  }
}, 300_000)

describe('registration (R-PAY-01)', () => {
  const form = (extra: Record<string, unknown> = {}) => ({
    nit: `${own.nit}-${own.checkDigit}`,
    habilitationCode: own.sites[0]!.habilitationCode,
    representativeId: '79.456.123',
    policiesAccepted: true,
    email: `ips-${randomDigits(8)}@test.co`,
    password: STRONG,
    passwordConfirmation: STRONG,
    ...extra,
  })

  it('R-PAY-01 a provider looks up its NIT, validates the representative, registers inactive; an administrator activates it and it is e-mailed and signs in', async () => {
    const lookup = await api.anonymous.rest('POST', `/${SLUGS.providerRegistrations}/lookup`, { nit: own.nit, checkDigit: own.checkDigit })
    expect(lookup.status).toBe(200)
    expect(lookup.body.sites).toEqual([{ habilitationCode: own.sites[0]!.habilitationCode, siteName: 'Sede principal' }])
    const validated = await api.anonymous.rest('POST', `/${SLUGS.providerRegistrations}/validate`, form())
    expect(validated.status).toBe(200)
    expect(validated.body.contact).toMatchObject({ name: own.representativeName, email: own.email, position: 'Tesorería', mobile: own.mobile })

    const data = form()
    const res = await api.anonymous.rest('POST', `/${SLUGS.providerRegistrations}/register`, data)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const registration = await payload.findByID({ collection: SLUGS.providerRegistrations, id: res.body.id, ...system })
    expect(registration).toMatchObject({ status: 'PENDIENTE', nit: own.nit, policiesVersion: SITE_POLICIES_VERSION, email: data.email })
    expect(registration.acceptedFromIp).toBeTruthy()
    expect(Date.now() - new Date(registration.policiesAcceptedAt).getTime()).toBeLessThan(120_000)
    const user = await payload.findByID({ collection: SLUGS.users, id: registration.user as number, ...system })
    expect(user).toMatchObject({ role: ROLES.provider, nit: own.nit, active: false })
    expect((await api.anonymous.rest('POST', '/users/login', { email: data.email, password: STRONG })).status).not.toBe(200)

    // Only an administrator activates (the branch manager and the collections manager cannot).
    const manager = await api.as(world.users.collectionsManager)
    expect((await manager.rest('PATCH', `/${SLUGS.providerRegistrations}/${registration.id}`, { status: 'ACTIVADA' })).status).toBe(403)
    const admin = await api.as(world.users.admin)
    const activated = await admin.rest('PATCH', `/${SLUGS.providerRegistrations}/${registration.id}`, { status: 'ACTIVADA' })
    expect(activated.status, JSON.stringify(activated.body)).toBe(200)
    expect(activated.body.doc.activatedBy).toBeTruthy()
    expect((await payload.findByID({ collection: SLUGS.users, id: user.id, ...system })).active).toBe(true)
    // R-NOT-03: one queued message, linked to the registration that caused it.
    const mails = await payload.find({ collection: SLUGS.emailMessages, where: { to: { equals: data.email } }, ...system })
    expect(mails.docs).toHaveLength(1)
    expect(mails.docs[0]).toMatchObject({ template: 'providerActivation', status: 'QUEUED', causedBy: { relationTo: SLUGS.providerRegistrations, value: registration.id } })
    expect(mails.docs[0]!.subject).toContain('activa')
    const login = await api.anonymous.rest('POST', '/users/login', { email: data.email, password: STRONG })
    expect(login.status).toBe(200)
  })

  it.each([
    ['a NIT not in the registry', () => ({ nit: `${unknownNit}-${nitCheckDigit(unknownNit)}` }), 'R-PAY-01'],
    ['a wrong representative ID (the source\'s "1" appended)', () => ({ representativeId: '794561231' }), 'R-PAY-01'],
    ['a habilitación code of another provider', () => ({ habilitationCode: otherEntry.sites[0]!.habilitationCode }), 'R-PAY-01'],
    ['policies not accepted', () => ({ policiesAccepted: false }), 'R-PAY-01'],
    ['passwords that differ', () => ({ passwordConfirmation: `${STRONG}x` }), 'R-PAY-01'],
    ['a weak password', () => ({ password: 'clave123', passwordConfirmation: 'clave123' }), 'SEC-PWD'],
    ['a wrong NIT check digit', () => ({ nit: `${own.nit}-${(own.checkDigit + 1) % 10}` }), 'R-PAY-01'],
  ])('R-PAY-01 %s is refused with a clear error and nothing is written', async (name, change, rule) => {
    const data = { ...form(), ...change() }
    const before = await registrationsOf(own.nit)
    const res = await api.anonymous.rest('POST', `/${SLUGS.providerRegistrations}/register`, data)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(new RegExp(`^${rule}: `))
    if (name === 'a NIT not in the registry') expect(res.body.errors[0].message).toContain('no está en el registro de prestadores')
    expect(await usersWithEmail(data.email)).toBe(0)
    expect(await registrationsOf(own.nit)).toBe(before)
  })

  it('R-PAY-01 an e-mail already in use fails the registration whole: no registration is left', async () => {
    const before = await registrationsOf(own.nit)
    const res = await api.anonymous.rest('POST', `/${SLUGS.providerRegistrations}/register`, form({ email: world.users.editor.email }))
    expect(res.status).toBe(400)
    expect(await registrationsOf(own.nit)).toBe(before)
  })
})

describe('vouchers (R-PAY-02)', () => {
  it('R-PAY-02 a dispersión without its bank fields, or a giro directo/cesión with one, is refused and not stored', async () => {
    const admin = await api.as(world.users.admin)
    const number = `CE-${randomDigits(10)}`
    const missing = await admin.rest('POST', `/${SLUGS.payouts}`, payoutData(own.id, { documentNumber: number, paymentForm: 'DISPERSION', bankName: 'BBVA' }))
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toContain('R-PAY-02: Un pago por dispersión necesita el tipo de cuenta, el número de cuenta.')
    await expect(payload.create({ collection: SLUGS.payouts, data: payoutData(own.id, { documentNumber: number, bankName: 'BBVA' }) as never, ...system })).rejects.toThrow(/no lleva banco/)
    expect((await payload.count({ collection: SLUGS.payouts, where: { documentNumber: { equals: number } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('R-PAY-02 the provider lists a period: its vouchers by payment date, bank columns N/A for giro directo/cesión, the total paid as the database sums it', async () => {
    const provider = await api.as(world.users.provider)
    const res = await provider.rest('GET', `/${SLUGS.payouts}/period?from=01/01/2026&to=28/02/2026`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.docs.map((d: Payout) => d.documentNumber)).toEqual([dispersion.documentNumber, giro.documentNumber, big.documentNumber])
    expect(res.body.docs[0]).toMatchObject({ item: 1, paidOn: '29/01/2026', bankName: 'BANCOLOMBIA', accountType: 'Corriente', paymentFormLabel: 'Dispersión' })
    expect(res.body.docs[1]).toMatchObject({ item: 2, bankName: 'N/A', accountType: 'N/A', accountNumber: 'N/A', paymentFormLabel: 'Giro Directo/Cesión' })
    const stored = await payload.find({ collection: SLUGS.payouts, where: { nit: { equals: own.nit } }, pagination: false, ...system })
    expect(res.body.totalPaid).toBe(stored.docs.reduce((sum, p) => sum + p.amountPaid, 0))
    const january = await provider.rest('GET', `/${SLUGS.payouts}/period?from=01/01/2026&to=31/01/2026`)
    expect(january.body.totalPaid).toBe(7_300_000 + 2_150_000)
  })

  it.each([
    ['a 2016 period', '01/12/2016', '31/12/2016', 'desde el 01/01/2017'],
    ['31/02/2026', '01/02/2026', '31/02/2026', 'no existe en el calendario'],
    ['an inverted range', '28/02/2026', '01/01/2026', 'invertido'],
    ['a wrong format', '2026-01-01', '31/01/2026', 'dd/MM/aaaa'],
    ['more than a year', '01/01/2025', '01/01/2026', 'un año o más'],
  ])('R-PAY-02 %s is refused with a clear error', async (_name, from, to, text) => {
    const res = await (await api.as(world.users.provider)).rest('GET', `/${SLUGS.payouts}/period?from=${from}&to=${to}`)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/^R-PAY-02: /)
    expect(res.body.errors[0].message).toContain(text)
  })
})

describe('crossed invoices (R-PAY-03/04)', () => {
  it('R-PAY-03 a voucher\'s invoices come 21 a page, in line order', async () => {
    const provider = await api.as(world.users.provider)
    const first = await provider.rest('GET', `/${SLUGS.payouts}/${big.id}/invoices`)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ totalDocs: INVOICES, totalPages: 3, limit: 21, page: 1 })
    expect(first.body.docs.map((d: { line: number }) => d.line)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1))
    const last = await provider.rest('GET', `/${SLUGS.payouts}/${big.id}/invoices?page=3`)
    expect(last.body.docs.map((d: { line: number }) => d.line)).toEqual(Array.from({ length: 8 }, (_, i) => i + 43))
  })

  it('R-PAY-04 an invoice with an incomplete crossing or withholdings above its value is refused', async () => {
    await expect(payload.create({ collection: SLUGS.payoutInvoices, data: invoiceData(giro.id, 1, { crossingDocument: 'NC-1' }) as never, ...system })).rejects.toThrow(/R-PAY-04/)
    const admin = await api.as(world.users.admin)
    const res = await admin.rest('POST', `/${SLUGS.payoutInvoices}`, invoiceData(giro.id, 1, { retefuente: 600_000 }))
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('R-PAY-04')
    expect((await payload.count({ collection: SLUGS.payoutInvoices, where: { payout: { equals: giro.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('R-PAY-04 the Excel of a voucher has every invoice with the tax, crossing, copayment and moderating-fee columns, numbers as numbers, dates as dates, sums as in the database', async () => {
    const response = await (await api.as(world.users.provider)).raw('GET', `/${SLUGS.payouts}/${big.id}/export.xlsx`)
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const sheet = workbook.getWorksheet('Facturas')!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    for (const h of ['IVA', 'Retefuente', 'ReteICA', 'ReteIVA', 'Impuesto timbre', 'Forma de pago', 'Fecha cruce', 'Documento cruce', 'Valor cruce', 'Copago', 'Cuota moderadora', 'Embargos', 'Saldo']) {
      expect(headers).toContain(h)
    }
    const col = (h: string) => headers.indexOf(h) + 1
    const rows = Array.from({ length: INVOICES }, (_, i) => sheet.getRow(i + 2))
    const stored = await payload.find({ collection: SLUGS.payoutInvoices, where: { payout: { equals: big.id } }, sort: 'line', pagination: false, ...system })
    expect(rows.map((r) => r.getCell(col('Número de factura')).value)).toEqual(stored.docs.map((d) => d.invoiceNumber))
    for (const h of ['Valor pagado', 'IVA', 'Retefuente', 'Copago', 'Cuota moderadora']) {
      expect(rows.every((r) => typeof r.getCell(col(h)).value === 'number')).toBe(true)
    }
    const sum = (h: string) => rows.reduce((s, r) => s + Number(r.getCell(col(h)).value), 0)
    expect(sum('Valor pagado')).toBe(stored.docs.reduce((s, d) => s + (d.paidAmount ?? 0), 0))
    expect(sum('Retefuente')).toBe(stored.docs.reduce((s, d) => s + (d.retefuente ?? 0), 0))
    expect(sum('Valor cruce')).toBe(stored.docs.reduce((s, d) => s + (d.crossingValue ?? 0), 0))
    const crossing = rows[0]!.getCell(col('Fecha cruce')).value
    expect(crossing).toBeInstanceOf(Date)
    expect((crossing as Date).toISOString().slice(0, 10)).toBe('2026-02-09')
    expect(rows[0]!.getCell(col('Forma de pago')).value).toBe('Giro Directo/Cesión')
    const total = sheet.getRow(INVOICES + 2)
    expect(total.getCell(1).value).toBe('Total pagado')
    expect(total.getCell(col('Valor pagado')).value).toBe(sum('Valor pagado'))
    const voucher = workbook.getWorksheet('Comprobante')!
    expect(voucher.getRow(2).getCell(1).value).toBe(big.documentNumber)
    expect(voucher.getRow(2).getCell(3).value).toBe('N/A')
  })
})

describe('who sees a provider\'s payouts (R-ROL-02)', () => {
  const outsiders = () => [
    ['another provider', otherProvider],
    ['a broker', world.users.brokerA],
    ['a branch manager', world.users.branchManagerBog],
  ] as const

  it('R-ROL-02 another provider, a broker and branch staff see none of its vouchers or invoices over REST, GraphQL and the Local API', async () => {
    for (const [who, user] of outsiders()) {
      const client = await api.as(user)
      const rest = await client.rest('GET', `/${SLUGS.payouts}?where[nit][equals]=${own.nit}&depth=0`)
      expect([rest.status, rest.body.totalDocs ?? 0], who).toEqual([200, 0])
      const invoices = await client.rest('GET', `/${SLUGS.payoutInvoices}?where[payout][equals]=${big.id}&depth=0`)
      expect(invoices.body.totalDocs ?? 0, who).toBe(0)
      const gql = await client.graphql(`{ Payouts(where: { nit: { equals: "${own.nit}" } }) { totalDocs } PayoutInvoices(where: { payout: { equals: ${big.id} } }) { totalDocs } }`)
      expect(gql.body.errors, who).toBeUndefined()
      expect([gql.body.data.Payouts.totalDocs, gql.body.data.PayoutInvoices.totalDocs], who).toEqual([0, 0])
      const local = await payload.find({ collection: SLUGS.payouts, where: { nit: { equals: own.nit } }, overrideAccess: false, user, depth: 0 })
      expect(local.totalDocs, who).toBe(0)
      await expect(payload.findByID({ collection: SLUGS.payouts, id: big.id, overrideAccess: false, user, depth: 0 }), who).rejects.toThrow()
    }
  })

  it('R-ROL-02 the period query, a voucher\'s invoices and its Excel answer others nothing: an empty period, 403', async () => {
    for (const [who, user] of outsiders()) {
      const client = await api.as(user)
      const period = await client.rest('GET', `/${SLUGS.payouts}/period?from=01/01/2026&to=28/02/2026&nit=${own.nit}`)
      if (period.status === 200) expect(period.body.docs, who).toEqual([])
      else expect(period.status, who).toBe(403)
      expect((await client.raw('GET', `/${SLUGS.payouts}/${big.id}/invoices`)).status, who).toBe(403)
      expect((await client.raw('GET', `/${SLUGS.payouts}/${big.id}/export.xlsx`)).status, who).toBe(403)
    }
    expect((await api.anonymous.raw('GET', `/${SLUGS.payouts}/period?from=01/01/2026&to=28/02/2026`)).status).toBe(401)
    // The other provider still sees its own voucher: the rule is "its NIT", not "nothing".
    const mine = await (await api.as(otherProvider)).rest('GET', `/${SLUGS.payouts}/period?from=01/01/2026&to=28/02/2026`)
    expect(mine.body.docs.map((d: Payout) => d.nit)).toEqual([otherEntry.nit])
  })

  it('R-ROL-02 a provider cannot write vouchers nor read the registry', async () => {
    const provider = await api.as(world.users.provider)
    expect((await provider.rest('POST', `/${SLUGS.payouts}`, payoutData(own.id))).status).toBe(403)
    expect((await provider.rest('GET', `/${SLUGS.providerRegistry}/${own.id}`)).status).toBe(403)
  })
})
