import type { Payload } from 'payload'

import { ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import type { Payout, PayoutInvoice, ProviderRegistration, ProviderRegistry, User } from '@/payload-types'
import { nitCheckDigit } from '@/rules/identification'
import { SITE_POLICIES_VERSION } from '@/rules/payouts/registration'
import { PASSWORD } from './accessWorld'
import { randomDigits } from './fixtures'

type Side = 'bog' | 'med'
type Row = { id: number }
type Json = Record<string, any>

/** The slugs of issue 12 (provider payments). */
export const PAYOUT_SLUGS = [SLUGS.providerRegistry, SLUGS.providerRegistrations, SLUGS.payouts, SLUGS.payoutInvoices] as const
export type PayoutSlug = (typeof PAYOUT_SLUGS)[number]

const system = { overrideAccess: true, depth: 0 } as const

/** A registry entry of a provider with one site; a random NIT (valid check digit) unless given. */
export const registryData = (nit = `8${randomDigits(8)}`, extra: Json = {}) => ({
  nit,
  checkDigit: nitCheckDigit(nit),
  businessName: `IPS Prueba ${nit}`,
  representativeName: 'Representante Prueba',
  representativeId: `79${randomDigits(6)}`,
  address: 'Calle 1 # 2-3, Barranquilla',
  email: `ips-${nit}@test.co`,
  position: 'Tesorería',
  phone: '6053000000',
  mobile: '3000000000',
  sites: [{ habilitationCode: `08001${randomDigits(7)}`, siteName: 'Sede principal' }],
  ...extra,
})

/** A voucher paid by giro directo/cesión (no bank fields) to a registry entry. */
export const payoutData = (provider: number, extra: Json = {}) => ({
  documentNumber: `CE-${randomDigits(10)}`,
  paidOn: '2026-01-29T12:00:00.000Z',
  paymentForm: 'GIRO_DIRECTO_CESION',
  amountPaid: 1_000_000,
  pendingToApply: 0,
  advancePendingToApply: 0,
  provider,
  ...extra,
})

export const invoiceData = (payout: number, line: number, extra: Json = {}) => ({
  payout,
  line,
  voucherNumber: `CE-${payout}`,
  documentType: 'FACTURA',
  invoiceNumber: `FE-${randomDigits(8)}`,
  invoiceValue: 500_000,
  netValue: 480_000,
  paidAmount: 480_000,
  ...extra,
})

/** A pending registration of an inactive provider user of the entry's NIT. */
export const createRegistration = async (payload: Payload, entry: ProviderRegistry) => {
  const user = (await payload.create({
    collection: SLUGS.users,
    data: { email: `registro-${randomDigits(8)}@test.co`, password: PASSWORD, name: entry.businessName, role: ROLES.provider, nit: entry.nit, active: false } as never,
    ...system,
  })) as User
  return (await payload.create({
    collection: SLUGS.providerRegistrations,
    data: registrationData(entry, user) as never,
    ...system,
  })) as ProviderRegistration
}

const registrationData = (entry: ProviderRegistry, user: User | number) => ({
  nit: entry.nit,
  businessName: entry.businessName,
  habilitationCode: entry.sites[0]!.habilitationCode,
  provider: entry.id,
  user: typeof user === 'number' ? user : user.id,
  email: typeof user === 'number' ? `registro-${user}@test.co` : user.email,
  policiesVersion: SITE_POLICIES_VERSION,
  policiesAcceptedAt: '2026-11-30T15:00:00.000Z',
  acceptedFromIp: '127.0.0.1',
  status: 'PENDIENTE',
})

/**
 * Issue 12's rows for the access matrix: the provider's own registry entry, registration, voucher
 * and invoice (the "bog" side) and another provider's (the "med" side).
 */
export const buildPayoutRows = async (payload: Payload, providerNit: string) => {
  const create = async <T>(collection: PayoutSlug, data: Json): Promise<T> =>
    (await payload.create({ collection, data: data as never, ...system })) as T
  const registry = {
    bog: await create<ProviderRegistry>(SLUGS.providerRegistry, registryData(providerNit)),
    med: await create<ProviderRegistry>(SLUGS.providerRegistry, registryData()),
  }
  const registrations = { bog: await createRegistration(payload, registry.bog), med: await createRegistration(payload, registry.med) }
  const payouts = {
    bog: await create<Payout>(SLUGS.payouts, payoutData(registry.bog.id)),
    med: await create<Payout>(SLUGS.payouts, payoutData(registry.med.id)),
  }
  const invoices = {
    bog: await create<PayoutInvoice>(SLUGS.payoutInvoices, invoiceData(payouts.bog.id, 1)),
    med: await create<PayoutInvoice>(SLUGS.payoutInvoices, invoiceData(payouts.med.id, 1)),
  }
  return { registry, registrations, payouts, invoices }
}

export type PayoutRows = Awaited<ReturnType<typeof buildPayoutRows>>

const rowsOf = (rows: PayoutRows, slug: PayoutSlug): { bog: Row; med: Row } =>
  ({
    [SLUGS.providerRegistry]: rows.registry,
    [SLUGS.providerRegistrations]: rows.registrations,
    [SLUGS.payouts]: rows.payouts,
    [SLUGS.payoutInvoices]: rows.invoices,
  })[slug]

/** The own (the provider's) and the other provider's row of a collection. */
export const payoutRowsFor = (rows: PayoutRows, slug: PayoutSlug) => ({ own: rowsOf(rows, slug).bog, other: rowsOf(rows, slug).med })

/** Data of a new row on one side. */
export const newPayoutRowData = (rows: PayoutRows, slug: PayoutSlug, side: Side): Json => {
  switch (slug) {
    case SLUGS.providerRegistry:
      return registryData()
    case SLUGS.providerRegistrations:
      return registrationData(rows.registry[side], Number(rows.registrations[side].user))
    case SLUGS.payouts:
      return payoutData(rows.registry[side].id)
    case SLUGS.payoutInvoices:
      return invoiceData(rows.payouts[side].id, 2)
  }
}

/** A visible change to a row, how to tell it happened, and how to undo it. */
export const payoutPatchFor = (slug: PayoutSlug, row: Json, text: string, n: number) => {
  switch (slug) {
    case SLUGS.providerRegistry:
      return { data: { address: text }, applied: (r: Json) => r.address === text, restore: { address: row.address ?? null } }
    case SLUGS.providerRegistrations:
      return { data: { staffNotes: text }, applied: (r: Json) => r.staffNotes === text, restore: { staffNotes: row.staffNotes ?? null } }
    case SLUGS.payouts:
      return { data: { pendingToApply: n }, applied: (r: Json) => r.pendingToApply === n, restore: { pendingToApply: row.pendingToApply } }
    case SLUGS.payoutInvoices:
      return { data: { documentType: text }, applied: (r: Json) => r.documentType === text, restore: { documentType: row.documentType } }
  }
}
