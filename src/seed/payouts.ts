import type { Payload, PayloadRequest } from 'payload'

import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import { nitCheckDigit } from '@/rules/identification'
import { SITE_POLICIES_VERSION } from '@/rules/payouts/registration'
import { PROVIDER_COMPANY } from './names'
import { DEMO_PASSWORD } from './users'

/** Second active provider and the one whose registration waits for staff. */
export const DEMO_PROVIDER_2 = { email: 'prestador.costa@demo.co', nit: '800197268', name: 'Clínica de la Costa S.A.S.' }
export const DEMO_PENDING_PROVIDER = { email: 'registro.pendiente@demo.co', nit: '890903938', name: 'IPS Salud Antioquia Ltda.' }

/** The registry (R-PAY-01). The last entry has no account yet: the one to register with on the portal. */
export const DEMO_REGISTRY = [
  { nit: PROVIDER_COMPANY.nit, businessName: PROVIDER_COMPANY.name, representativeName: 'Lucía Herrera Gómez', representativeId: '52345678', city: 'Bogotá', codes: ['110010123401', '110010123402'] },
  { nit: DEMO_PROVIDER_2.nit, businessName: DEMO_PROVIDER_2.name, representativeName: 'Rafael Barrios Pérez', representativeId: '72123456', city: 'Barranquilla', codes: ['080010456701'] },
  { nit: DEMO_PENDING_PROVIDER.nit, businessName: DEMO_PENDING_PROVIDER.name, representativeName: 'Gloria Restrepo Mejía', representativeId: '43987654', city: 'Medellín', codes: ['050010789001'] },
  { nit: '860034313', businessName: 'Hospital San Rafael de Tunja E.S.E.', representativeName: 'Jorge Ruiz Niño', representativeId: '6765432', city: 'Tunja', codes: ['150010345601', '150010345602'] },
] as const

/** Invoices of the demo's big voucher: a voucher with hundreds of invoices (R-PAY-03, 21 a page). */
export const DEMO_BIG_VOUCHER_INVOICES = 320

/** The registry entry without an account has vouchers too (paid before it registers): the portal's browser test registers it. */
export const DEMO_UNREGISTERED = DEMO_REGISTRY[3]
/** Its voucher of July 2025 crosses this many invoices: three pages. */
export const DEMO_UNREGISTERED_BIG = 45

/** Which voucher of which provider (index in the plan) crosses many invoices. */
const MANY_INVOICES: Record<string, { voucher: number; invoices: number }> = {
  [PROVIDER_COMPANY.nit]: { voucher: 7, invoices: DEMO_BIG_VOUCHER_INVOICES },
  [DEMO_UNREGISTERED.nit]: { voucher: 3, invoices: DEMO_UNREGISTERED_BIG },
}

type Write = { overrideAccess: true; depth: 0; req: PayloadRequest; context: Record<string, unknown> }

const invoiceFigures = (seed: number) => {
  const invoiceValue = 180_000 + ((seed * 7919) % 40) * 25_000
  const retefuente = Math.round(invoiceValue * 0.02)
  const reteica = Math.round(invoiceValue * 0.007)
  const paidAmount = invoiceValue - retefuente - reteica
  return { invoiceValue, netValue: paidAmount, paidAmount, retefuente, reteica, reteiva: 0, vat: 0, stampTax: 0, copayment: seed % 3 === 0 ? 4_500 : 0, moderatingFee: seed % 4 === 0 ? 3_900 : 0 }
}

/** One voucher per provider every second month of 2025–2026, dispersión and giro directo/cesión in turn. */
const voucherPlan = () =>
  Array.from({ length: 12 }, (_, i) => ({ year: 2025 + Math.floor(i / 6), month: (i % 6) * 2 + 1, dispersion: i % 2 === 0 }))

/**
 * Issue 12's demo: the registry of providers, a second active provider, a pending registration,
 * and vouchers with their crossed invoices for both providers across 2025–2026 (one with hundreds).
 */
export const writeDemoPayouts = async (payload: Payload, write: Write, log: (m: string) => void) => {
  const entryIds = new Map<string, number>()
  for (const e of DEMO_REGISTRY) {
    const doc = await payload.create({
      collection: SLUGS.providerRegistry,
      data: {
        nit: e.nit,
        checkDigit: nitCheckDigit(e.nit),
        businessName: e.businessName,
        representativeName: e.representativeName,
        representativeId: e.representativeId,
        address: `Calle 10 # 20-30, ${e.city}`,
        email: `tesoreria.${e.nit}@demo.co`,
        position: 'Coordinador(a) de cartera',
        phone: '6015550000',
        mobile: '3005550000',
        sites: e.codes.map((code, i) => ({ habilitationCode: code, siteName: i === 0 ? 'Sede principal' : `Sede ${i + 1}` })),
      },
      ...write,
    })
    entryIds.set(e.nit, doc.id)
  }
  const user = (email: string, name: string, nit: string, active: boolean) =>
    payload.create({ collection: SLUGS.users, data: { email, name, role: ROLES.provider, nit, active, password: DEMO_PASSWORD }, ...write })
  await user(DEMO_PROVIDER_2.email, DEMO_PROVIDER_2.name, DEMO_PROVIDER_2.nit, true)
  const pending = await user(DEMO_PENDING_PROVIDER.email, DEMO_PENDING_PROVIDER.name, DEMO_PENDING_PROVIDER.nit, false)
  await payload.create({
    collection: SLUGS.providerRegistrations,
    data: {
      status: 'PENDIENTE',
      nit: DEMO_PENDING_PROVIDER.nit,
      businessName: DEMO_PENDING_PROVIDER.name,
      habilitationCode: '050010789001',
      provider: entryIds.get(DEMO_PENDING_PROVIDER.nit)!,
      user: pending.id,
      email: pending.email,
      policiesVersion: SITE_POLICIES_VERSION,
      policiesAcceptedAt: new Date().toISOString(),
      acceptedFromIp: '127.0.0.1',
    },
    ...write,
  })
  log(`${DEMO_REGISTRY.length} prestadores en el registro, un registro pendiente de activación.`)

  let vouchers = 0
  let invoices = 0
  for (const [p, nit] of [PROVIDER_COMPANY.nit, DEMO_PROVIDER_2.nit, DEMO_UNREGISTERED.nit].entries()) {
    for (const [i, v] of voucherPlan().entries()) {
      const count = MANY_INVOICES[nit]?.voucher === i ? MANY_INVOICES[nit].invoices : 3 + ((i + p) % 4)
      const figures = Array.from({ length: count }, (_, n) => invoiceFigures(vouchers * 1000 + n))
      const day = String(10 + ((i * 3 + p) % 18)).padStart(2, '0')
      const documentNumber = String(10_900 + vouchers)
      const payout = await payload.create({
        collection: SLUGS.payouts,
        data: {
          documentNumber,
          paidOn: `${v.year}-${String(v.month).padStart(2, '0')}-${day}T12:00:00.000Z`,
          paymentForm: v.dispersion ? 'DISPERSION' : 'GIRO_DIRECTO_CESION',
          ...(v.dispersion ? { bankName: ['BANCOLOMBIA', 'BANCO DE BOGOTÁ', 'BBVA'][p], accountType: p === 2 ? 'AHORROS' : 'CORRIENTE', accountNumber: `0311234567${p}` } : {}),
          amountPaid: figures.reduce((s, f) => s + f.paidAmount, 0),
          pendingToApply: i % 5 === 0 ? 150_000 : 0,
          advancePendingToApply: 0,
          provider: entryIds.get(nit)!,
        },
        ...write,
      })
      for (const [n, f] of figures.entries()) {
        const crossed = n % 5 === 0
        await payload.create({
          collection: SLUGS.payoutInvoices,
          data: {
            payout: payout.id,
            line: n + 1,
            voucherNumber: documentNumber,
            documentType: 'FACTURA',
            invoiceNumber: `FE${nit.slice(0, 3)}-${String(vouchers * 1000 + n + 1).padStart(6, '0')}`,
            financialDiscount: 0,
            balance: 0,
            garnishments: 0,
            ...f,
            ...(crossed ? { crossingDate: payout.paidOn, crossingDocument: `NC-${documentNumber}-${n + 1}`, crossingValue: f.paidAmount } : {}),
          },
          ...write,
        })
        invoices++
      }
      vouchers++
    }
  }
  log(`${vouchers} comprobantes de egreso 2025–2026 con ${invoices} facturas cruzadas (uno con ${DEMO_BIG_VOUCHER_INVOICES}).`)
}
